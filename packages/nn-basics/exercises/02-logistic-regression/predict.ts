import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "./sigmoid.ts";

/**
 * Labels from learned logistic-regression parameters.
 *
 * @param w weights, [n_x, 1]
 * @param b bias, a number
 * @param X data, [n_x, m]
 * @returns [1, m] of 0/1 (float32): 1 where σ(wᵀX + b) > 0.5
 */
export function predict(w: tf.Tensor, b: number, X: tf.Tensor): tf.Tensor {
  // TODO: A = σ(wᵀX + b), then 1 where A > 0.5 and 0 elsewhere, as a [1, m] float tensor.
  throw new NotImplemented("predict");
}
