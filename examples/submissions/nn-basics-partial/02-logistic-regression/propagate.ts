import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "./sigmoid.ts";

export function propagate(
  w: tf.Tensor,
  b: number,
  X: tf.Tensor,
  Y: tf.Tensor,
): { grads: { dw: tf.Tensor; db: number }; cost: number } {
  const m = X.shape[1]!;
  const A = sigmoid(tf.add(tf.matMul(tf.transpose(w), X), b));
  const cost = tf
    .sum(tf.add(tf.mul(Y, tf.log(A)), tf.mul(tf.sub(1, Y), tf.log(tf.sub(1, A)))))
    .mul(-1 / m);
  // A typical slip: dw forgets the 1/m that db and the cost have.
  const dw = tf.matMul(X, tf.transpose(tf.sub(A, Y)));
  const db = tf.sum(tf.sub(A, Y)).div(m);
  return { grads: { dw, db: db.dataSync()[0]! }, cost: cost.dataSync()[0]! };
}
