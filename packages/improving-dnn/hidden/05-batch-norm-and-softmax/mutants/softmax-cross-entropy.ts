import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-one-over-m",
    bug: "sums the losses without dividing by m",
    edits: [["Y.mul(logProbs).sum().neg().div(m)", "Y.mul(logProbs).sum().neg()"]],
  },
  {
    id: "log-sum-exp-wrong-axis",
    bug: "the log-sum-exp sums over the examples (axis 1) instead of the classes",
    edits: [
      ["ZL.sub(ZL.max(0, true))", "ZL.sub(ZL.max(1, true))"],
      ["shifted.exp().sum(0, true).log()", "shifted.exp().sum(1, true).log()"],
    ],
  },
  {
    id: "divides-by-classes",
    bug: "averages over the classes (divides by C) instead of the examples",
    edits: [
      ["Y.mul(logProbs).sum().neg().div(m)", "Y.mul(logProbs).sum().neg().div(ZL.shape[0]!)"],
    ],
  },
  {
    id: "log-of-softmax",
    bug: "log(e^Z / Σ e^Z) without log-sum-exp: −∞ and NaN once a probability underflows",
    edits: [
      [
        "const logProbs = shifted.sub(shifted.exp().sum(0, true).log());",
        "const logProbs = ZL.exp().div(ZL.exp().sum(0, true)).log();",
      ],
    ],
  },
]);
