import { NotImplemented } from "@dlc/student-kit/check";
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
 *   cost: −(1/m) Σ [Y log A + (1 − Y) log(1 − A)] with A = σ(wᵀX + b), a number
 */
export function propagate(
  w: tf.Tensor,
  b: number,
  X: tf.Tensor,
  Y: tf.Tensor,
): { grads: { dw: tf.Tensor; db: number }; cost: number } {
  // TODO: forward (A = σ(wᵀX + b), the cost), then backward (dw, db); return { grads: { dw, db }, cost }.
  throw new NotImplemented("propagate");
}
