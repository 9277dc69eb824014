import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "base-not-frozen",
    bug: "leaves the pretrained base trainable",
    edits: [["  baseModel.trainable = false;\n", ""]],
  },
  {
    id: "no-dropout",
    bug: "leaves out Dropout(0.2)",
    edits: [["  x = tf.layers.dropout({ rate: 0.2 }).apply(x) as tf.SymbolicTensor;\n", ""]],
  },
  {
    id: "sigmoid-output",
    bug: "puts a sigmoid on Dense(1) while the loss takes logits",
    edits: [
      ["tf.layers.dense({ units: 1 })", 'tf.layers.dense({ units: 1, activation: "sigmoid" })'],
    ],
  },
  {
    id: "no-preprocess",
    bug: "feeds the base pixels in [0, 255] instead of [−1, 1]",
    edits: [
      [
        "  x = tf.layers.rescaling({ scale: 1 / 127.5, offset: -1 }).apply(x) as tf.SymbolicTensor;\n",
        "",
      ],
    ],
  },
]);
