import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "inverted",
    bug: "predicts 1 where the probability is below 0.5",
    edits: [[".greater(0.5)", ".less(0.5)"]],
  },
  {
    id: "no-sigmoid",
    bug: "thresholds wᵀx + b at 0.5 without applying σ",
    edits: [
      ["sigmoid(tf.matMul(w, X, true, false).add(b))", "tf.matMul(w, X, true, false).add(b)"],
    ],
  },
  {
    id: "greater-equal",
    bug: "≥ 0.5 instead of > 0.5: a tie at exactly 0.5 becomes a 1",
    edits: [[".greater(0.5)", ".greaterEqual(0.5)"]],
  },
]);
