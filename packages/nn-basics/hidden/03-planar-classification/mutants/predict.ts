import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "inverted",
    bug: "predicts 1 where A2 is below 0.5",
    edits: [[".greater(0.5)", ".less(0.5)"]],
  },
  {
    id: "probabilities",
    bug: "returns the probabilities A2 without thresholding",
    edits: [['.A2.greater(0.5).cast("float32")', ".A2"]],
  },
  {
    id: "greater-equal",
    bug: "≥ 0.5 instead of > 0.5: a tie at exactly 0.5 becomes a 1",
    edits: [[".greater(0.5)", ".greaterEqual(0.5)"]],
  },
]);
