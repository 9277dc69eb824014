import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-one-over-m",
    bug: "dw without 1/m",
    edits: [["tf.matMul(X, dZ, false, true).div(m)", "tf.matMul(X, dZ, false, true)"]],
  },
  { id: "cost-sign", bug: "the cost without the minus sign", edits: [[".div(-m)", ".div(m)"]] },
  { id: "y-minus-a", bug: "dZ = Y − A instead of A − Y", edits: [["A.sub(Y)", "Y.sub(A)"]] },
]);
