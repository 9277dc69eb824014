import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The softmax activation (week 3 lecture "Softmax Regression"): t = e^z, a = t / Σ t, for
 * each example (column) over the C classes (rows). The lecture's z = [5, 2, −1, 3] gives
 * a = [0.842, 0.042, 0.002, 0.114].
 *
 * Subtracting the column's max first changes nothing (e^{z−c} / Σ e^{z−c} = e^z / Σ e^z)
 * but keeps e^z from overflowing: logits of 1000 give e^0 = 1, not ∞ / ∞ = NaN.
 *
 * @param Z logits, [C, m]
 * @returns A, [C, m]: each column is positive and sums to 1
 */
export function softmax(Z: tf.Tensor): tf.Tensor {
  // TODO: t = e^(Z − column max), then divide each column by its sum (axis 0).
  throw new NotImplemented("softmax");
}
