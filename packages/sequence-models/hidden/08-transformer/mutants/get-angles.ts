import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "k-not-paired",
    bug: "pos / 10000^(k / d): k itself instead of 2⌊k/2⌋, so the pairs do not share a frequency",
    edits: [["tf.floor(k.toFloat().div(2)).mul(2)", "k.toFloat()"]],
  },
  {
    id: "floor-without-2",
    bug: "pos / 10000^(⌊k/2⌋ / d): the factor 2 forgotten",
    edits: [["tf.floor(k.toFloat().div(2)).mul(2)", "tf.floor(k.toFloat().div(2))"]],
  },
  {
    id: "times-not-over",
    bug: "pos · 10000^(2⌊k/2⌋ / d) instead of pos / 10000^(…)",
    edits: [["pos.toFloat().div(", "pos.toFloat().mul("]],
  },
]);
