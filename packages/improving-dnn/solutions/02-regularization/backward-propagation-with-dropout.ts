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
  const m = X.shape[1]!;
  const { D1, A1, W2, D2, A2, W3, A3 } = cache;
  return tf.tidy(() => {
    const dZ3 = A3.sub(Y);
    const dW3 = tf.matMul(dZ3, A2, false, true).div(m);
    const db3 = dZ3.sum(1, true).div(m);
    const dA2 = tf.matMul(W3, dZ3, true, false).mul(D2).div(keepProb);
    const dZ2 = dA2.mul(A2.greater(0).cast("float32"));
    const dW2 = tf.matMul(dZ2, A1, false, true).div(m);
    const db2 = dZ2.sum(1, true).div(m);
    const dA1 = tf.matMul(W2, dZ2, true, false).mul(D1).div(keepProb);
    const dZ1 = dA1.mul(A1.greater(0).cast("float32"));
    const dW1 = tf.matMul(dZ1, X, false, true).div(m);
    const db1 = dZ1.sum(1, true).div(m);
    return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
  });
}
