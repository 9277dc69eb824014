import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-one-over-m",
    bug: "dW without 1/m",
    edits: [
      ["dW: tf.matMul(dZ, APrev, false, true).div(m)", "dW: tf.matMul(dZ, APrev, false, true)"],
    ],
  },
  {
    id: "db-no-one-over-m",
    bug: "db without 1/m",
    edits: [["db: dZ.sum(1, true).div(m)", "db: dZ.sum(1, true)"]],
  },
  {
    id: "da-with-one-over-m",
    bug: "dA_prev divided by m too",
    edits: [
      ["dAPrev: tf.matMul(W, dZ, true, false)", "dAPrev: tf.matMul(W, dZ, true, false).div(m)"],
    ],
  },
]);
