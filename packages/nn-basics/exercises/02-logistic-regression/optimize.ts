import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { propagate } from "./propagate.ts";

/**
 * Batch gradient descent on w and b.
 *
 * @param w weights, [n_x, 1]
 * @param b bias, a number
 * @param X data, [n_x, m]
 * @param Y labels, [1, m]
 * @param numIterations steps of gradient descent
 * @param learningRate step size α
 * @param printCost log the cost every 100 steps
 * @returns params: the learned w [n_x, 1] and b; grads: dw, db of the last step (before its
 *   update); costs: the cost at steps 0, 100, 200, …
 */
export function optimize(
  w: tf.Tensor,
  b: number,
  X: tf.Tensor,
  Y: tf.Tensor,
  numIterations = 100,
  learningRate = 0.009,
  printCost = false,
): { params: { w: tf.Tensor; b: number }; grads: { dw: tf.Tensor; db: number }; costs: number[] } {
  // TODO: loop numIterations times: propagate, then step w and b against their gradients; record the cost every 100 steps.
  throw new NotImplemented("optimize");
}
