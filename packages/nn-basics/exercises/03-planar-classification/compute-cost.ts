import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The cross-entropy cost.
 *
 * @param A2 output probabilities, [1, m]
 * @param Y labels 0/1, [1, m]
 * @returns −(1/m) Σ [Y log A2 + (1 − Y) log(1 − A2)], a number
 */
export function computeCost(A2: tf.Tensor, Y: tf.Tensor): number {
  // TODO: the cross-entropy −(1/m) Σ [Y log A2 + (1 − Y) log(1 − A2)], as a number.
  throw new NotImplemented("computeCost");
}
