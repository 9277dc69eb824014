import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "glorot-uniform",
    bug: "draws from a Glorot uniform instead of a Glorot normal",
    edits: [["glorotNormal({ seed: seed + k }).apply", "glorotUniform({ seed: seed + k }).apply"]],
  },
  {
    id: "he-normal",
    bug: "draws from a He normal (fan_in only)",
    edits: [["glorotNormal({ seed: seed + k }).apply", "heNormal({ seed: seed + k }).apply"]],
  },
  {
    id: "one-seed",
    bug: "gives every tensor the same seed: equal matrices where the shapes match",
    edits: [["{ seed: seed + k }).apply", "{ seed }).apply"]],
  },
  {
    id: "fixed-seed",
    bug: "ignores the seed argument",
    edits: [["{ seed: seed + k }).apply", "{ seed: 1 + k }).apply"]],
  },
  {
    id: "zero-biases",
    bug: "starts the biases at zero instead of drawing them",
    edits: [
      ["b1: glorot(1, [n1, 1]),", "b1: tf.variable(tf.zeros([n1, 1])),"],
      ["b2: glorot(3, [n2, 1]),", "b2: tf.variable(tf.zeros([n2, 1])),"],
      ["b3: glorot(5, [nY, 1]),", "b3: tf.variable(tf.zeros([nY, 1])),"],
    ],
  },
  {
    id: "transposed-w1",
    bug: "shapes W1 (n_x, n_1)",
    edits: [["W1: glorot(0, [n1, nX]),", "W1: glorot(0, [nX, n1]),"]],
  },
]);
