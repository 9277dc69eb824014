import * as tf from "@tensorflow/tfjs";

export function sigmoid(x: tf.Tensor): tf.Tensor {
  return tf.div(1, tf.add(1, tf.exp(tf.mul(x, -1))));
}
