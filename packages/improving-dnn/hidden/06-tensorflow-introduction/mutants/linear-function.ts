import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "draws-w-first",
    bug: "draws W before X (the order of the draws decides the numbers)",
    edits: [
      [
        "const X = randnTensor(rng, [3, 1]);\n    const W = randnTensor(rng, [4, 3]);",
        "const W = randnTensor(rng, [4, 3]);\n    const X = randnTensor(rng, [3, 1]);",
      ],
    ],
  },
  {
    id: "no-bias",
    bug: "returns W·X without b",
    edits: [["return tf.add(tf.matMul(W, X), b);", "return tf.matMul(W, X);"]],
  },
  {
    id: "unseeded",
    bug: "seeds the generator with 0 instead of the notebook's 1",
    edits: [["new RandomState(1)", "new RandomState(0)"]],
  },
]);
