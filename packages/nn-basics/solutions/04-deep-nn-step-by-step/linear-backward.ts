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
  const { A: APrev, W } = cache;
  const m = APrev.shape[1]!;
  return tf.tidy(() => ({
    dW: tf.matMul(dZ, APrev, false, true).div(m),
    db: dZ.sum(1, true).div(m),
    dAPrev: tf.matMul(W, dZ, true, false),
  }));
}
