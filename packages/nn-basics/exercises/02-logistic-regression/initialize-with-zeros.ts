import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Logistic regression's starting point: all weights and the bias zero.
 *
 * @param dim number of features n_x
 * @returns w: zeros [dim, 1]; b: the number 0
 */
export function initializeWithZeros(dim: number): { w: tf.Tensor; b: number } {
  // TODO: w = zeros of shape [dim, 1], b = 0.
  throw new NotImplemented("initializeWithZeros");
}
