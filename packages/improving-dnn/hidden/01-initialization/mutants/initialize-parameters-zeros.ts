import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "biases-ones",
    bug: "b filled with ones instead of zeros",
    edits: [["tf.zeros([layersDims[l]!, 1])", "tf.ones([layersDims[l]!, 1])"]],
  },
  {
    id: "transposed",
    bug: "W_l shaped [n_{l−1}, n_l]",
    edits: [
      [
        "tf.zeros([layersDims[l]!, layersDims[l - 1]!])",
        "tf.zeros([layersDims[l - 1]!, layersDims[l]!])",
      ],
    ],
  },
  {
    id: "missing-last-layer",
    bug: "the loop stops one layer early",
    edits: [["l < layersDims.length", "l < layersDims.length - 1"]],
  },
]);
