import * as tf from "@tensorflow/tfjs";

export function normalizeRows(x: tf.Tensor): tf.Tensor {
  const xNorm = tf.sqrt(tf.sum(tf.square(x), 1, true));
  return tf.div(x, xNorm);
}
