/**
 * The notebook's `rnn_utils`: the two activations the cells use and do not teach. Given code,
 * importable by exercises and solutions alike.
 */
import * as tf from "@tensorflow/tfjs";

/**
 * Softmax over axis 0: every column (one example) becomes a probability distribution over its
 * n rows. Stable for large logits (the column's maximum is subtracted first, as numpy's
 * `np.exp(x - np.max(x))`).
 * @param x logits, [n, m]
 * @returns probabilities, [n, m], each column summing to 1
 */
export function softmax(x: tf.Tensor): tf.Tensor2D {
  return tf.tidy(() => tf.softmax(tf.transpose(x)).transpose() as tf.Tensor2D);
}

/**
 * The logistic function 1 / (1 + e^−x), element-wise.
 * @param x any shape
 * @returns values in (0, 1), same shape
 */
export function sigmoid<T extends tf.Tensor>(x: T): T {
  return tf.sigmoid(x);
}
