import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "probabilities",
    bug: "returns the probabilities as results, not their one-hot rows",
    edits: [
      [
        'const results = tf.oneHot(indices.reshape([-1]), nValues).cast("float32") as tf.Tensor2D;',
        "const results = steps as tf.Tensor2D;",
      ],
    ],
  },
  {
    id: "argmax-over-steps",
    bug: "takes the argmax over the Ty steps (axis 0) instead of over the values",
    edits: [["tf.argMax(steps, -1)", "tf.argMax(steps, 0)"]],
  },
  {
    id: "flat-indices",
    bug: "returns indices as [Ty], not the notebook's [Ty, 1]",
    edits: [["tf.argMax(steps, -1).reshape([-1, 1])", "tf.argMax(steps, -1)"]],
  },
]);
