import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { reluBackward, sigmoidBackward } from "../../src/activations.ts";
import type { Activation, LinearActivationCache } from "../../src/types.ts";
import { linearBackward } from "./linear-backward.ts";

/**
 * The backward pass of one whole layer: ACTIVATION backward, then LINEAR backward.
 *
 * @param dA gradient of the cost with respect to the layer's output, [n_l, m]
 * @param cache { linearCache, activationCache } from linearActivationForward
 * @param activation "sigmoid" or "relu", as in the forward pass
 * @returns dAPrev [n_{l−1}, m], dW [n_l, n_{l−1}], db [n_l, 1]
 */
export function linearActivationBackward(
  dA: tf.Tensor,
  cache: LinearActivationCache,
  activation: Activation,
): { dAPrev: tf.Tensor; dW: tf.Tensor; db: tf.Tensor } {
  // TODO: dZ with reluBackward or sigmoidBackward, then linearBackward.
  throw new NotImplemented("linearActivationBackward");
}
