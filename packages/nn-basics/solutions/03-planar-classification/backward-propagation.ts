import * as tf from "@tensorflow/tfjs";
import type { Grads, Parameters } from "../../src/types.ts";
import type { PlanarCache } from "./forward-propagation.ts";

/**
 * Gradients of the cross-entropy cost for the 2-layer tanh/sigmoid network.
 *
 * @param parameters W1 [n_h, n_x], b1, W2 [n_y, n_h], b2
 * @param cache Z1, A1, Z2, A2 from forwardPropagation
 * @param X input data, [n_x, m]
 * @param Y labels, [n_y, m]
 * @returns dW1 [n_h, n_x], db1 [n_h, 1], dW2 [n_y, n_h], db2 [n_y, 1]
 */
export function backwardPropagation(
  parameters: Parameters,
  cache: PlanarCache,
  X: tf.Tensor,
  Y: tf.Tensor,
): Grads {
  const m = X.shape[1]!;
  return tf.tidy(() => {
    const { A1, A2 } = cache;
    const W2 = parameters.W2!;
    const dZ2 = A2.sub(Y);
    const dW2 = tf.matMul(dZ2, A1, false, true).div(m);
    const db2 = dZ2.sum(1, true).div(m);
    const dZ1 = tf.matMul(W2, dZ2, true, false).mul(tf.scalar(1).sub(A1.square()));
    const dW1 = tf.matMul(dZ1, X, false, true).div(m);
    const db1 = dZ1.sum(1, true).div(m);
    return { dW1, db1, dW2, db2 };
  });
}
