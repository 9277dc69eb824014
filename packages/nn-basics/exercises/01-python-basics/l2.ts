import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The L2 loss: the sum of squared differences.
 *
 * @param yhat predictions, shape [m]
 * @param y true labels, shape [m]
 * @returns Σ (y − ŷ)² as a number
 */
export function l2(yhat: tf.Tensor, y: tf.Tensor): number {
  // TODO: return Σ (y − ŷ)² as a plain number.
  throw new NotImplemented("l2");
}
