import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "tanh-derivative",
    bug: "1 − A1 for the tanh derivative 1 − A1²",
    edits: [["tf.scalar(1).sub(A1.square())", "tf.scalar(1).sub(A1)"]],
  },
  {
    id: "no-one-over-m",
    bug: "dW1 without 1/m",
    edits: [["tf.matMul(dZ1, X, false, true).div(m)", "tf.matMul(dZ1, X, false, true)"]],
  },
  {
    id: "db1-wrong-axis",
    bug: "db1 summed over the wrong axis",
    edits: [["dZ1.sum(1, true)", "dZ1.sum(0, true)"]],
  },
]);
