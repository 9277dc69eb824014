import * as tf from "@tensorflow/tfjs";

/**
 * Element-wise sigmoid of a tensor of any shape.
 *
 * @param x tensor of any shape
 * @returns σ(x) = 1 / (1 + e^(−x)), same shape as x
 */
export function sigmoid(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.scalar(1).div(tf.exp(tf.neg(x)).add(1)));
}
