import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "epoch-squared",
    bug: "α0 / (1 + decayRate · epochNum²)",
    edits: [["decayRate * epochNum)", "decayRate * epochNum ** 2)"]],
  },
  {
    id: "no-one-plus",
    bug: "α0 / (decayRate · epochNum): infinite at epoch 0",
    edits: [["(1 + decayRate * epochNum)", "(decayRate * epochNum)"]],
  },
  {
    id: "exponential",
    bug: "α0 / (1 + decayRate)^epochNum: exponential decay instead of 1 / t",
    edits: [["(1 + decayRate * epochNum)", "(1 + decayRate) ** epochNum"]],
  },
]);
