import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { LinearCache } from "../../src/types.ts";

/**
 * The backward pass of a layer's linear part.
 *
 * @param dZ gradient of the cost with respect to Z, [n_l, m]
 * @param cache { A: APrev [n_{l−1}, m], W [n_l, n_{l−1}], b [n_l, 1] } from linearForward
 * @returns dAPrev [n_{l−1}, m], dW [n_l, n_{l−1}], db [n_l, 1]
 */
export function linearBackward(
  dZ: tf.Tensor,
  cache: LinearCache,
): { dAPrev: tf.Tensor; dW: tf.Tensor; db: tf.Tensor } {
  // TODO: dW = (1/m) dZ·APrevᵀ, db = (1/m) Σ dZ over the examples (keep dims), dAPrev = Wᵀ·dZ.
  throw new NotImplemented("linearBackward");
}
