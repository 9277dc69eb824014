import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The triplet loss of FaceNet: for each example i, how much closer the anchor is to the
 * negative than to the positive, with a margin α, summed over the examples:
 *   L = Σᵢ max(‖aᵢ − pᵢ‖² − ‖aᵢ − nᵢ‖² + α, 0)
 *
 * @param _yTrue unused (Keras losses take the labels first; the triplet loss has none)
 * @param yPred [anchor, positive, negative], each [m, n] encodings
 * @param alpha the margin α (default 0.2)
 * @returns the loss, a scalar tensor
 */
export function tripletLoss(
  _yTrue: unknown,
  yPred: [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D],
  alpha = 0.2,
): tf.Scalar {
  // TODO: sum over the examples of max(‖a − p‖² − ‖a − n‖² + alpha, 0), a scalar tensor
  throw new NotImplemented("tripletLoss");
}
