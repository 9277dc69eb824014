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
  const m = X.shape[1]!;
  const { A1, W1, A2, W2, A3, W3 } = cache;
  const decay = lambd / m;
  return tf.tidy(() => {
    const dZ3 = A3.sub(Y);
    const dW3 = tf.matMul(dZ3, A2, false, true).div(m).add(W3.mul(decay));
    const db3 = dZ3.sum(1, true).div(m);
    const dA2 = tf.matMul(W3, dZ3, true, false);
    const dZ2 = dA2.mul(A2.greater(0).cast("float32"));
    const dW2 = tf.matMul(dZ2, A1, false, true).div(m).add(W2.mul(decay));
    const db2 = dZ2.sum(1, true).div(m);
    const dA1 = tf.matMul(W2, dZ2, true, false);
    const dZ1 = dA1.mul(A1.greater(0).cast("float32"));
    const dW1 = tf.matMul(dZ1, X, false, true).div(m).add(W1.mul(decay));
    const db1 = dZ1.sum(1, true).div(m);
    return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
  });
}
