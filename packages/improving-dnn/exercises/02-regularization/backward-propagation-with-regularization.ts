import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Grads, ThreeLayerCache } from "../../src/types.ts";

/**
 * The backward pass of the three-layer network for the L2-regularized cost: the plain
 * gradients, with each weight gradient getting the penalty's share, dWl += (λ/m) Wl
 * (the biases are not penalized).
 *
 * @param X inputs, [n0, m]
 * @param Y labels 0/1, [1, m]
 * @param cache from `forwardPropagation`: Zl and Al [n_l, m], Wl [n_l, n_{l−1}], bl [n_l, 1]
 * @param lambd the regularization strength λ ≥ 0
 * @returns dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1, each shaped like its variable
 */
export function backwardPropagationWithRegularization(
  X: tf.Tensor,
  Y: tf.Tensor,
  cache: ThreeLayerCache,
  lambd: number,
): Grads {
  // TODO: the plain backward pass (dZ3 = A3 − Y, …) with (λ/m)·Wl added to every dWl.
  throw new NotImplemented("backwardPropagationWithRegularization");
}
