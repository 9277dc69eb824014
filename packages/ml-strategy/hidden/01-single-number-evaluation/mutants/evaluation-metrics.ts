import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "precision-over-positives",
    bug: "divides precision by the positive labels (tp + fn) instead of the positive predictions",
    edits: [["const precision = ratio(tp, tp + fp);", "const precision = ratio(tp, tp + fn);"]],
  },
  {
    id: "nan-on-zero",
    bug: "divides 0 by 0 (NaN) when nothing is predicted positive",
    edits: [["(den === 0 ? 0 : num / den)", "num / den"]],
  },
  {
    id: "accuracy-positives-only",
    bug: "counts only the true positives as correct in the accuracy",
    edits: [["accuracy: ratio(tp + tn,", "accuracy: ratio(tp,"]],
  },
  {
    id: "f1-arithmetic-mean",
    bug: "F1 as the arithmetic mean of precision and recall",
    edits: [["f1: f1Score(precision, recall)", "f1: (precision + recall) / 2"]],
  },
]);
