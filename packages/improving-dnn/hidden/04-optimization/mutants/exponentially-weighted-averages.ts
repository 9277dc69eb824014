import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "starts-at-first-value",
    bug: "v starts at θ_1 instead of 0",
    edits: [["let v = 0;", "let v = values[0] ?? 0;"]],
  },
  {
    id: "correction-t-plus-one",
    bug: "bias correction with β^(t+1)",
    edits: [["v / (1 - beta ** t)", "v / (1 - beta ** (t + 1))"]],
  },
  {
    id: "beta-swapped",
    bug: "v = (1 − β)·v + β·θ: β and 1 − β swapped",
    edits: [["v = beta * v + (1 - beta) * theta;", "v = (1 - beta) * v + beta * theta;"]],
  },
  {
    id: "correction-stored",
    bug: "the corrected value replaces v, so the correction compounds from step to step",
    edits: [
      [
        "return biasCorrection ? v / (1 - beta ** t) : v;",
        "if (biasCorrection) v = v / (1 - beta ** t);\n    return v;",
      ],
    ],
  },
  {
    id: "correction-ignored",
    bug: "biasCorrection is ignored",
    edits: [["return biasCorrection ? v / (1 - beta ** t) : v;", "return v;"]],
  },
  {
    id: "correction-t-from-zero",
    bug: "bias correction with t counted from 0: 1 − β⁰ = 0 divides the first average by zero",
    edits: [["const t = i + 1;", "const t = i;"]],
  },
]);
