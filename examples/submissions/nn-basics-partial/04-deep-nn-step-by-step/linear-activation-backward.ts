import type * as tf from "@tensorflow/tfjs";
import { reluBackward, sigmoidBackward } from "../../src/activations.ts";
import type { Activation, LinearActivationCache } from "../../src/types.ts";
import { linearBackward } from "./linear-backward.ts";

export function linearActivationBackward(
  dA: tf.Tensor,
  cache: LinearActivationCache,
  activation: Activation,
): { dAPrev: tf.Tensor; dW: tf.Tensor; db: tf.Tensor } {
  const { linearCache, activationCache } = cache;
  const dZ =
    activation === "relu"
      ? reluBackward(dA, activationCache)
      : sigmoidBackward(dA, activationCache);
  return linearBackward(dZ, linearCache);
}
