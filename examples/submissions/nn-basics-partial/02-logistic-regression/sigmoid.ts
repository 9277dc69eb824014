import * as tf from "@tensorflow/tfjs";

export function sigmoid(z: tf.Tensor): tf.Tensor {
  return tf.sigmoid(z);
}
