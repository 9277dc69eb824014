import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-scaling",
    bug: "softmax(Q·Kᵀ) without dividing by √d_k",
    edits: [["tf.matMul(q, k, false, true).div(Math.sqrt(dk))", "tf.matMul(q, k, false, true)"]],
  },
  {
    id: "mask-means-masked",
    bug: "the old convention, 1 = masked: adds mask·(−1e9)",
    edits: [["tf.sub(1, mask.toFloat()).mul(-1e9)", "mask.toFloat().mul(-1e9)"]],
  },
  {
    id: "mask-sign-flipped",
    bug: "adds (1 − mask)·(+1e9): the masked keys take all the weight",
    edits: [["tf.sub(1, mask.toFloat()).mul(-1e9)", "tf.sub(1, mask.toFloat()).mul(1e9)"]],
  },
  {
    id: "softmax-over-queries",
    bug: "the softmax over the queries axis (−2) instead of the keys (−1)",
    edits: [
      [
        "const weights = tf.softmax(logits);",
        "const perm = [...Array(logits.rank - 2).keys(), logits.rank - 1, logits.rank - 2];\n    const weights = tf.transpose(tf.softmax(tf.transpose(logits, perm)), perm);",
      ],
    ],
  },
  {
    id: "naive-softmax",
    bug: "exp(z) / Σ exp(z) without subtracting the maximum: NaN for large logits",
    edits: [
      [
        "const weights = tf.softmax(logits);",
        "const weights = tf.exp(logits).div(tf.exp(logits).sum(-1, true));",
      ],
    ],
  },
  {
    id: "sqrt-of-sequence-length",
    bug: "divides by √T_k (k's second-to-last axis) instead of √d_k",
    edits: [["k.shape[k.rank - 1]!", "k.shape[k.rank - 2]!"]],
  },
]);
