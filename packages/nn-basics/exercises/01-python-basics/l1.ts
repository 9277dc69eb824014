import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The L1 loss: the sum of absolute differences.
 *
 * @param yhat predictions, shape [m]
 * @param y true labels, shape [m]
 * @returns Σ |y − ŷ| as a number
 */
export function l1(yhat: tf.Tensor, y: tf.Tensor): number {
  // TODO: return Σ |y − ŷ| as a plain number.
  throw new NotImplemented("l1");
}
