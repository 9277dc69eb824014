import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "wrong-sign", bug: "e^x for e^−x", edits: [["Math.exp(-x)", "Math.exp(x)"]] },
  { id: "tanh", bug: "tanh for sigmoid", edits: [["1 / (1 + Math.exp(-x))", "Math.tanh(x)"]] },
]);
