import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "no-bias", bug: "forgets + b", edits: [["tf.matMul(W, A).add(b)", "tf.matMul(W, A)"]] },
  {
    id: "cache-order",
    bug: "the cache stores A and W swapped",
    edits: [["return { Z, cache: { A, W, b } }", "return { Z, cache: { A: W, W: A, b } }"]],
  },
]);
