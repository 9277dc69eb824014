import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-correction",
    bug: "leaves out the √|1 − ‖μ⊥‖²| correction",
    edits: [["Math.sqrt(Math.abs(1 - dot(muOrth, muOrth)))", "1"]],
  },
  {
    id: "no-abs",
    bug: "takes √(1 − ‖μ⊥‖²) without the absolute value: NaN once ‖μ⊥‖ > 1",
    edits: [["Math.sqrt(Math.abs(1 - dot(muOrth, muOrth)))", "Math.sqrt(1 - dot(muOrth, muOrth))"]],
  },
  {
    id: "projection-over-norm",
    bug: "projects on the axis dividing by ‖g‖ instead of ‖g‖²",
    edits: [["dot(biasAxis, biasAxis)) * x", "Math.sqrt(dot(biasAxis, biasAxis))) * x"]],
  },
  {
    id: "norm-without-mu-b",
    bug: "divides by ‖e_w − μ⊥‖ instead of ‖(e_w − μ⊥) − μ_B‖",
    edits: [["x - muOrth[i]! - muB[i]!", "x - muOrth[i]!"]],
  },
  {
    id: "no-mu-orth",
    bug: "returns only the corrected projections, without adding μ⊥",
    edits: [
      ["corrected(eW1).map((x, i) => x + muOrth[i]!)", "corrected(eW1)"],
      ["corrected(eW2).map((x, i) => x + muOrth[i]!)", "corrected(eW2)"],
    ],
  },
]);
