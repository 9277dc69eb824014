import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-abs",
    bug: "Σ(y − yhat) without the absolute value",
    edits: [["tf.sum(tf.abs(y.sub(yhat)))", "tf.sum(y.sub(yhat))"]],
  },
  {
    id: "mean",
    bug: "the mean instead of the sum",
    edits: [["tf.sum(tf.abs(", "tf.mean(tf.abs("]],
  },
]);
