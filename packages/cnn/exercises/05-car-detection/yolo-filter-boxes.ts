import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Keeps the boxes whose best class is likely enough. Each box's score for class c is
 * box_confidence · box_class_probs[c]; a box keeps its best class (argmax) and that score, and
 * stays when the score is ≥ threshold. Async: tfjs has only `tf.booleanMaskAsync`.
 *
 * @param boxConfidence [..., 1] (the notebook's [19, 19, 5, 1]) probability of an object
 * @param boxes [..., 4] (the notebook's [19, 19, 5, 4]) corners of every box
 * @param boxClassProbs [..., numClasses] (the notebook's [19, 19, 5, 80])
 * @param threshold keep a box when its score is ≥ threshold
 * @returns scores [N], boxes [N, 4] and classes [N] (int32) of the N boxes kept
 */
export async function yoloFilterBoxes(
  boxConfidence: tf.Tensor,
  boxes: tf.Tensor,
  boxClassProbs: tf.Tensor,
  threshold = 0.6,
): Promise<{ scores: tf.Tensor1D; boxes: tf.Tensor2D; classes: tf.Tensor1D }> {
  // TODO: scores = confidence · class probabilities; keep each box's best class and score, then mask with score ≥ threshold (tf.booleanMaskAsync).
  throw new NotImplemented("yoloFilterBoxes");
}
