import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * The forward pass LINEAR → RELU → LINEAR → RELU → LINEAR, without the final softmax
 * (the loss applies it).
 *
 * @param X input, [n_x, m]
 * @param parameters W1 [n_1, n_x], b1 [n_1, 1], W2 [n_2, n_1], b2 [n_2, 1], W3 [n_y, n_2], b3 [n_y, 1]
 * @returns Z3, the logits, [n_y, m]
 */
export function forwardPropagation(X: tf.Tensor, parameters: Parameters): tf.Tensor {
  const { W1, b1, W2, b2, W3, b3 } = parameters;
  return tf.tidy(() => {
    const Z1 = tf.add(tf.matMul(W1!, X), b1!);
    const A1 = tf.relu(Z1);
    const Z2 = tf.add(tf.matMul(W2!, A1), b2!);
    const A2 = tf.relu(Z2);
    return tf.add(tf.matMul(W3!, A2), b3!);
  });
}
