import { NotImplemented } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { relu, sigmoid } from "../../src/activations.ts";
import type { Activation, LinearActivationCache } from "../../src/types.ts";
import { linearForward } from "./linear-forward.ts";

/**
 * One whole layer: LINEAR → ACTIVATION.
 *
 * @param APrev activations of the previous layer, [n_{l−1}, m]
 * @param W weights, [n_l, n_{l−1}]
 * @param b bias, [n_l, 1]
 * @param activation "sigmoid" or "relu"
 * @returns A: the layer's output [n_l, m]; cache: { linearCache, activationCache (Z) }
 */
export function linearActivationForward(
  APrev: tf.Tensor,
  W: tf.Tensor,
  b: tf.Tensor,
  activation: Activation,
): { A: tf.Tensor; cache: LinearActivationCache } {
  // TODO: linearForward, then sigmoid or relu from src/activations.ts; cache = { linearCache, activationCache }.
  throw new NotImplemented("linearActivationForward");
}
