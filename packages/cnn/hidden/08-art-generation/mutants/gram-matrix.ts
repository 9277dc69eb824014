import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "transpose-first",
    bug: "Aᵀ·A: an [n_H·n_W, n_H·n_W] matrix of positions, not channels",
    edits: [["tf.matMul(A, A, false, true)", "tf.matMul(A, A, true, false)"]],
  },
  {
    id: "squares-entries",
    bug: "squares A entry by entry instead of multiplying by its transpose",
    edits: [
      [
        "tf.matMul(A, A, false, true)",
        "tf.square(A).sum(1, true).mul(tf.onesLike(tf.matMul(A, A, false, true)))",
      ],
    ],
  },
]);
