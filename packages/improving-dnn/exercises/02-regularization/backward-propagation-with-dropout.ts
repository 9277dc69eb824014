import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { DropoutCache } from "../../src/dropout.ts";
import type { Grads } from "../../src/types.ts";

/**
 * The backward pass of the three-layer network through the dropout of
 * `forwardPropagationWithDropout`: the units the forward pass shut down get no gradient,
 * and the ones it kept are scaled as they were, dAl = dAl ∗ Dl / keepProb (same masks).
 *
 * @param X inputs, [n0, m]
 * @param Y labels 0/1, [1, m]
 * @param cache from `forwardPropagationWithDropout`: Zl, Al [n_l, m] (Al after dropout),
 *   D1 [n1, m] and D2 [n2, m] (0/1), Wl [n_l, n_{l−1}], bl [n_l, 1]
 * @param keepProb the probability the forward pass kept a unit with
 * @returns dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1, each shaped like its variable
 */
export function backwardPropagationWithDropout(
  X: tf.Tensor,
  Y: tf.Tensor,
  cache: DropoutCache,
  keepProb: number,
): Grads {
  // TODO: the plain backward pass, with dA2 = dA2·D2/keepProb and dA1 = dA1·D1/keepProb before the RELU masks.
  throw new NotImplemented("backwardPropagationWithDropout");
}
