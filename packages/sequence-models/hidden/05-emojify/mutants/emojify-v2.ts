import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-softmax",
    bug: "ends on the Dense layer's logits without the softmax",
    edits: [['  X = tf.layers.activation({ activation: "softmax" }).apply(X);\n', ""]],
  },
  {
    id: "no-dropout",
    bug: "leaves out the first Dropout",
    edits: [
      [
        "  X = tf.layers.dropout({ rate: 0.5 }).apply(X);\n  X = tf.layers.lstm({ units, returnSequences: false })",
        "  X = tf.layers.lstm({ units, returnSequences: false })",
      ],
    ],
  },
  {
    id: "fixed-units",
    bug: "builds LSTMs of 128 units whatever `units` says",
    edits: [
      [
        "tf.layers.lstm({ units, returnSequences: true })",
        "tf.layers.lstm({ units: 128, returnSequences: true })",
      ],
    ],
  },
]);
