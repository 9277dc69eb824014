import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "norm",
    bug: "the Euclidean norm (a square root) instead of the squared sum",
    edits: [["tf.dot(diff, diff)", "tf.norm(diff)"]],
  },
  {
    id: "mean",
    bug: "the mean of squares instead of the sum",
    edits: [["tf.dot(diff, diff)", "tf.dot(diff, diff).div(diff.size)"]],
  },
]);
