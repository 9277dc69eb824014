import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "./sigmoid.ts";

/**
 * One forward and backward pass of logistic regression.
 *
 * @param w weights, [n_x, 1]
 * @param b bias, a number
 * @param X data, [n_x, m] (one example per column)
 * @param Y true labels 0/1, [1, m]
 * @returns grads.dw [n_x, 1] and grads.db (number): the gradients of the cost;
 *   cost: −(1/m) Σ [Y log A + (1 − Y) log(1 − A)] with A = σ(wᵀX + b), a number; a term
 *   whose label weight is 0 counts as 0 even where its log is −∞ (A exactly 0 or 1)
 */
export function propagate(
  w: tf.Tensor,
  b: number,
  X: tf.Tensor,
  Y: tf.Tensor,
): { grads: { dw: tf.Tensor; db: number }; cost: number } {
  const m = X.shape[1]!;
  // x·log y with 0·log 0 taken as 0, its limit: a label of 0 (or 1) switches its term off,
  // so a certain, correct prediction (A exactly 1 or 0, float32's σ beyond |z| ≈ 17)
  // costs 0 instead of 0·(−∞) = NaN
  const xlogy = (x: tf.Tensor, y: tf.Tensor) =>
    tf.where(x.equal(0), tf.zerosLike(x), x.mul(tf.log(y)));
  const [dw, db, cost] = tf.tidy(() => {
    const A = sigmoid(tf.matMul(w, X, true, false).add(b));
    const logLikelihood = xlogy(Y, A).add(xlogy(tf.scalar(1).sub(Y), tf.scalar(1).sub(A)));
    const cost = logLikelihood.sum().div(-m);
    const dZ = A.sub(Y);
    const dw = tf.matMul(X, dZ, false, true).div(m);
    const db = dZ.sum().div(m);
    return [dw, db, cost];
  });
  const result = { grads: { dw, db: db.dataSync()[0]! }, cost: cost.dataSync()[0]! };
  tf.dispose([db, cost]);
  return result;
}
