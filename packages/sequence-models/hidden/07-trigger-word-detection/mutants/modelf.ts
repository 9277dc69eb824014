import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "last-gru-not-sequences",
    bug: "the second GRU returns only its last state (returnSequences false)",
    edits: [
      [
        "    tf.layers.dropout({ rate: 0.8 }),\n    tf.layers.batchNormalization(),\n    tf.layers.gru({ units, returnSequences: true,",
        "    tf.layers.dropout({ rate: 0.8 }),\n    tf.layers.batchNormalization(),\n    tf.layers.gru({ units, returnSequences: false,",
      ],
    ],
  },
  {
    id: "no-time-distributed",
    bug: "a plain Dense instead of TimeDistributed(Dense)",
    edits: [
      [
        'tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 1, activation: "sigmoid" }) }),',
        'tf.layers.dense({ units: 1, activation: "sigmoid" }),',
      ],
    ],
  },
  {
    id: "dropout-keeps-80",
    bug: "Dropout(0.2): reading Keras's rate as the fraction kept",
    edits: [
      [
        "    tf.layers.dropout({ rate: 0.8 }),\n    tf.layers.gru",
        "    tf.layers.dropout({ rate: 0.2 }),\n    tf.layers.gru",
      ],
    ],
  },
  {
    id: "stride-one",
    bug: "the convolution's stride left at 1",
    edits: [["kernelSize: 15, strides: 4", "kernelSize: 15"]],
  },
]);
