import type * as tf from "@tensorflow/tfjs";
import { relu, sigmoid } from "../../src/activations.ts";
import type { Activation, LinearActivationCache } from "../../src/types.ts";
import { linearForward } from "./linear-forward.ts";

export function linearActivationForward(
  APrev: tf.Tensor,
  W: tf.Tensor,
  b: tf.Tensor,
  activation: Activation,
): { A: tf.Tensor; cache: LinearActivationCache } {
  const { Z, cache: linearCache } = linearForward(APrev, W, b);
  const { A, cache: activationCache } = activation === "relu" ? relu(Z) : sigmoid(Z);
  return { A, cache: { linearCache, activationCache } };
}
