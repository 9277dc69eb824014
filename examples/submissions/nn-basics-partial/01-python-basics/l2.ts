import * as tf from "@tensorflow/tfjs";

export function l2(yhat: tf.Tensor, y: tf.Tensor): number {
  return tf.sum(tf.square(tf.sub(y, yhat))).arraySync() as number;
}
