import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "last-batch-dropped",
    bug: "the last, smaller mini-batch is never made",
    edits: [["if (m % miniBatchSize !== 0) {", "if (false) {"]],
  },
  {
    id: "y-not-shuffled",
    bug: "X is shuffled but Y is not: the labels no longer match their examples",
    edits: [["const shuffledY = tf.gather(Y, indices, 1);", "const shuffledY = Y;"]],
  },
  {
    id: "y-other-permutation",
    bug: "Y is shuffled with a second permutation drawn after X's",
    edits: [
      [
        "const permutation = new RandomState(seed).permutation(m);",
        "const rng = new RandomState(seed);\n  const permutation = rng.permutation(m);",
      ],
      [
        "const shuffledY = tf.gather(Y, indices, 1);",
        'const shuffledY = tf.gather(Y, tf.tensor1d(rng.permutation(m), "int32"), 1);',
      ],
    ],
  },
  {
    id: "remainder-from-start",
    bug: "the last batch is cut from the first columns again instead of after the full batches",
    edits: [["const start = numCompleteMinibatches * miniBatchSize;", "const start = 0;"]],
  },
  {
    id: "seed-ignored",
    bug: "the permutation ignores the seed (always RandomState(0))",
    edits: [["new RandomState(seed).permutation(m)", "new RandomState().permutation(m)"]],
  },
  {
    id: "remainder-only-after-full",
    bug: "adds the last, smaller batch only after a full one: m < miniBatchSize gives no batch at all",
    edits: [
      [
        "if (m % miniBatchSize !== 0) {",
        "if (m % miniBatchSize !== 0 && numCompleteMinibatches > 0) {",
      ],
    ],
  },
  {
    id: "always-remainder",
    bug: "always adds a last batch: an empty one when miniBatchSize divides m",
    edits: [["if (m % miniBatchSize !== 0) {", "{"]],
  },
]);
