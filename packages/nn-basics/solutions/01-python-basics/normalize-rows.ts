import * as tf from "@tensorflow/tfjs";

/**
 * Scales every row of x to unit L2 norm.
 *
 * @param x tensor of shape [n, m]
 * @returns tensor of shape [n, m] whose rows have norm 1 (x / ‖x‖ with ‖x‖ of shape [n, 1])
 */
export function normalizeRows(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => x.div(tf.norm(x, "euclidean", 1, true)));
}
