import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "wrong-axis",
    bug: "normalizes over the examples (axis 1) instead of the classes",
    edits: [
      ["Z.sub(Z.max(0, true))", "Z.sub(Z.max(1, true))"],
      ["t.div(t.sum(0, true))", "t.div(t.sum(1, true))"],
    ],
  },
  {
    id: "no-max-subtraction",
    bug: "exponentiates the raw logits: e^1000 overflows to Infinity, ∞/∞ = NaN",
    edits: [["Z.sub(Z.max(0, true)).exp()", "Z.exp()"]],
  },
  {
    id: "global-max",
    bug: "subtracts the max of the whole matrix: a column far below it underflows to 0/0",
    edits: [["Z.sub(Z.max(0, true))", "Z.sub(Z.max())"]],
  },
]);
