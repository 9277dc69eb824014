import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "wrong-sign", bug: "e^z for e^−z", edits: [["tf.exp(z.neg())", "tf.exp(z)"]] },
  {
    id: "tanh",
    bug: "tanh for sigmoid",
    edits: [["tf.scalar(1).div(tf.exp(z.neg()).add(1))", "tf.tanh(z)"]],
  },
  {
    id: "exp-over-one-plus-exp",
    bug: "e^z / (1 + e^z): Infinity / Infinity = NaN at large z",
    edits: [["tf.scalar(1).div(tf.exp(z.neg()).add(1))", "tf.exp(z).div(tf.exp(z).add(1))"]],
  },
]);
