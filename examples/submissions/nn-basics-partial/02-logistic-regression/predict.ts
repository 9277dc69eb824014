import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "./sigmoid.ts";

export function predict(w: tf.Tensor, b: number, X: tf.Tensor): tf.Tensor {
  const A = sigmoid(tf.matMul(w, X, true).add(b));
  return tf.where(A.greater(0.5), tf.onesLike(A), tf.zerosLike(A));
}
