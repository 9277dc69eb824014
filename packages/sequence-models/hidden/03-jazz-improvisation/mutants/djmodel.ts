import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "state-not-carried",
    bug: "starts every step's LSTM from a0 and c0 instead of the previous step's states",
    edits: [["lstmCell.apply([x, a, c])", "lstmCell.apply([x, a0, c0])"]],
  },
  {
    id: "fresh-lstm-each-step",
    bug: "creates a new LSTM at every step instead of sharing the one given",
    edits: [
      [
        "lstmCell.apply([x, a, c])",
        "tf.layers.lstm({ units: nA, returnState: true }).apply([x, a, c])",
      ],
    ],
  },
  {
    id: "always-step-zero",
    bug: "reads X[:, 0, :] at every step",
    edits: [["new TimeStep({ t })", "new TimeStep({ t: 0 })"]],
  },
]);
