import * as tf from "@tensorflow/tfjs";

export function l1(yhat: tf.Tensor, y: tf.Tensor): number {
  return tf.sum(tf.abs(tf.sub(y, yhat))).arraySync() as number;
}
