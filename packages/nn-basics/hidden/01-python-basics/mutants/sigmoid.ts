import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "wrong-sign", bug: "e^x for e^−x", edits: [["tf.exp(tf.neg(x))", "tf.exp(x)"]] },
  {
    id: "tanh",
    bug: "tanh for sigmoid",
    edits: [["tf.scalar(1).div(tf.exp(tf.neg(x)).add(1))", "tf.tanh(x)"]],
  },
  {
    id: "exp-over-one-plus-exp",
    bug: "e^x / (1 + e^x): Infinity / Infinity = NaN at large x",
    edits: [["tf.scalar(1).div(tf.exp(tf.neg(x)).add(1))", "tf.exp(x).div(tf.exp(x).add(1))"]],
  },
]);
