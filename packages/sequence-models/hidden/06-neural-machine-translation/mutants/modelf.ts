import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "new-layers-per-step",
    bug: "creates new attention layers at every step instead of sharing one set",
    edits: [
      [
        "    const context = oneStepAttention(a, s, layers);",
        "    const context = oneStepAttention(a, s, attentionLayers(Tx));",
      ],
    ],
  },
  {
    id: "new-lstm-per-step",
    bug: "creates a new post-attention LSTM at every step",
    edits: [
      [
        "postActivationLstmCell.apply([context, s, c])",
        "tf.layers.lstm({ units: nS, returnState: true }).apply([context, s, c])",
      ],
    ],
  },
  {
    id: "bi-lstm-no-sequences",
    bug: "the pre-attention Bi-LSTM returns only its last state (returnSequences false)",
    edits: [
      ["lstm({ units: nA, returnSequences: true })", "lstm({ units: nA, returnSequences: false })"],
    ],
  },
  {
    id: "state-not-carried",
    bug: "restarts the post-attention LSTM from s0, c0 at every step instead of carrying s and c",
    edits: [
      [
        "postActivationLstmCell.apply([context, s, c])",
        "postActivationLstmCell.apply([context, s0, c0])",
      ],
    ],
  },
  {
    id: "output-without-softmax",
    bug: "the output Dense layer has no softmax",
    edits: [
      [
        'units: machineVocabSize, activation: "softmax"',
        'units: machineVocabSize, activation: "linear"',
      ],
    ],
  },
]);
