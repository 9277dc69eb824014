import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "columns",
    bug: "normalizes the columns (axis 0) instead of the rows",
    edits: [['tf.norm(x, "euclidean", 1, true)', 'tf.norm(x, "euclidean", 0, true)']],
  },
  {
    id: "no-sqrt",
    bug: "divides by the squared norm",
    edits: [['tf.norm(x, "euclidean", 1, true)', "x.square().sum(1, true)"]],
  },
  {
    id: "norm-at-least-one",
    bug: "guards the division with max(‖x‖, 1): rows shorter than 1 are not scaled up",
    edits: [['tf.norm(x, "euclidean", 1, true)', 'tf.norm(x, "euclidean", 1, true).maximum(1)']],
  },
]);
