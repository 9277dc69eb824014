import { NotImplemented } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { scaleBoxes, type YoloOutputs, yoloBoxesToCorners } from "../../src/yolo.ts";
import { yoloFilterBoxes } from "./yolo-filter-boxes.ts";
import { yoloNonMaxSuppression } from "./yolo-non-max-suppression.ts";

/**
 * From YOLO's head to the detections: corners, score filter, pixels, non-max suppression.
 *
 * @param yoloOutputs [boxXy [..., 2], boxWh [..., 2], boxConfidence [..., 1],
 *   boxClassProbs [..., numClasses]] (the notebook's [19, 19, 5, ·], or with a batch of 1 first)
 * @param imageShape [height, width] of the picture in pixels
 * @param maxBoxes keep at most this many boxes
 * @param scoreThreshold keep boxes whose best class score is ≥ this
 * @param iouThreshold non-max suppression's IoU threshold
 * @returns scores [K], boxes [K, 4] (corners [y1, x1, y2, x2] in pixels) and classes [K] (int32)
 */
export async function yoloEval(
  yoloOutputs: YoloOutputs,
  imageShape: readonly [number, number] = [720, 1280],
  maxBoxes = 10,
  scoreThreshold = 0.6,
  iouThreshold = 0.5,
): Promise<{ scores: tf.Tensor1D; boxes: tf.Tensor2D; classes: tf.Tensor1D }> {
  // TODO: corners, filter at scoreThreshold, scale to imageShape, non-max suppression.
  throw new NotImplemented("yoloEval");
}
