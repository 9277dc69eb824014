import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "per-class",
    bug: "suppresses within each class only (boxes shifted apart by class), unlike the notebook's",
    edits: [
      [
        "tf.image.nonMaxSuppression(boxes, scores, maxBoxes, iouThreshold)",
        "tf.image.nonMaxSuppression(boxes.add(classes.cast('float32').mul(1e5).expandDims(1)), scores, maxBoxes, iouThreshold)",
      ],
    ],
  },
  {
    id: "ignores-max-boxes",
    bug: "keeps every box that survives, however many",
    edits: [
      [
        "tf.image.nonMaxSuppression(boxes, scores, maxBoxes, iouThreshold)",
        "tf.image.nonMaxSuppression(boxes, scores, scores.shape[0], iouThreshold)",
      ],
    ],
  },
  {
    id: "overlap-kept",
    bug: "passes 1 − iouThreshold: the threshold of what stays, not of what goes",
    edits: [
      [
        "tf.image.nonMaxSuppression(boxes, scores, maxBoxes, iouThreshold)",
        "tf.image.nonMaxSuppression(boxes, scores, maxBoxes, 1 - iouThreshold)",
      ],
    ],
  },
]);
