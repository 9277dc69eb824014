import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "columns",
    bug: "sums over axis 0 (the columns) instead of each row",
    edits: [["xExp.sum(1, true)", "xExp.sum(0, true)"]],
  },
  {
    id: "no-keepdims",
    bug: "sums without keepdims",
    edits: [["xExp.sum(1, true)", "xExp.sum(1)"]],
  },
  {
    id: "no-max-shift",
    bug: "e^x without subtracting each row's maximum first: Infinity / Infinity = NaN",
    edits: [["tf.exp(x.sub(x.max(1, true)))", "tf.exp(x)"]],
  },
]);
