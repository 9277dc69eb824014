import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "missing-factor",
    bug: "σ(x) alone, without (1 − σ(x))",
    edits: [["s.mul(tf.scalar(1).sub(s))", "s"]],
  },
  {
    id: "x-for-sigma",
    bug: "σ(x)(1 − x): x where σ(x) belongs",
    edits: [["s.mul(tf.scalar(1).sub(s))", "s.mul(tf.scalar(1).sub(x))"]],
  },
  {
    id: "exp-quotient",
    bug: "e^−x / (1 + e^−x)²: Infinity / Infinity = NaN at large −x",
    edits: [["s.mul(tf.scalar(1).sub(s))", "tf.exp(x.neg()).div(tf.exp(x.neg()).add(1).square())"]],
  },
]);
