import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-one-over-m",
    bug: "m read from the wrong axis of Y (no 1/m)",
    edits: [["Y.shape[1]!", "Y.shape[0]!"]],
  },
  { id: "cost-sign", bug: "the cost without the minus sign", edits: [[".div(-m)", ".div(m)"]] },
  {
    id: "naive-log",
    bug: "Y·log A + (1 − Y)·log(1 − A) as written: 0·(−∞) = NaN where a prediction is exactly 0 or 1",
    edits: [["tf.where(x.equal(0), tf.zerosLike(x), x.mul(tf.log(y)))", "x.mul(tf.log(y))"]],
  },
]);
