import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Non-max suppression over all the boxes, whatever their class (as the notebook's
 * `tf.image.non_max_suppression`): take the best-scoring box, drop every box that overlaps it
 * with IoU > iouThreshold, repeat with the best remaining box, at most maxBoxes times.
 *
 * @param scores [N] score of each box
 * @param boxes [N, 4] corners [y1, x1, y2, x2]
 * @param classes [N] (int32) class of each box
 * @param maxBoxes keep at most this many boxes
 * @param iouThreshold drop a box when its IoU with a better kept box is above this
 * @returns scores [K], boxes [K, 4] and classes [K] of the K ≤ maxBoxes boxes kept, best first
 */
export function yoloNonMaxSuppression(
  scores: tf.Tensor1D,
  boxes: tf.Tensor2D,
  classes: tf.Tensor1D,
  maxBoxes = 10,
  iouThreshold = 0.5,
): { scores: tf.Tensor1D; boxes: tf.Tensor2D; classes: tf.Tensor1D } {
  // TODO: tf.image.nonMaxSuppression for the indices to keep, then tf.gather scores, boxes and classes.
  throw new NotImplemented("yoloNonMaxSuppression");
}
