import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "wrong-sign", bug: "e^x for e^−x", edits: [["Math.exp(-x)", "Math.exp(x)"]] },
  { id: "tanh", bug: "tanh for sigmoid", edits: [["1 / (1 + Math.exp(-x))", "Math.tanh(x)"]] },
  {
    id: "exp-over-one-plus-exp",
    bug: "e^x / (1 + e^x): Infinity / Infinity = NaN at large x",
    edits: [["1 / (1 + Math.exp(-x))", "Math.exp(x) / (1 + Math.exp(x))"]],
  },
]);
