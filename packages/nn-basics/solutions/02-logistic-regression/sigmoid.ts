import * as tf from "@tensorflow/tfjs";

/**
 * The logistic function, element-wise.
 *
 * @param z tensor of any shape
 * @returns σ(z) = 1 / (1 + e^(−z)), same shape
 */
export function sigmoid(z: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.scalar(1).div(tf.exp(z.neg()).add(1)));
}
