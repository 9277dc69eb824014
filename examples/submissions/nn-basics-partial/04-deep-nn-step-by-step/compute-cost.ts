import * as tf from "@tensorflow/tfjs";

export function computeCost(AL: tf.Tensor, Y: tf.Tensor): tf.Scalar {
  const m = Y.shape[1]!;
  const logprobs = tf.add(tf.mul(Y, tf.log(AL)), tf.mul(tf.sub(1, Y), tf.log(tf.sub(1, AL))));
  return tf.sum(logprobs).mul(-1 / m) as tf.Scalar;
}
