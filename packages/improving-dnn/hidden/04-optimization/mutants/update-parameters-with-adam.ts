import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-bias-correction",
    bug: "v and s used without bias correction (v̂ = v, ŝ = s)",
    edits: [
      ["const vHat = vNew.div(1 - beta1 ** t);", "const vHat = vNew;"],
      ["const sHat = sNew.div(1 - beta2 ** t);", "const sHat = sNew;"],
    ],
  },
  {
    id: "t-minus-one",
    bug: "bias correction with β^(t − 1)",
    edits: [
      ["vNew.div(1 - beta1 ** t)", "vNew.div(1 - beta1 ** (t - 1))"],
      ["sNew.div(1 - beta2 ** t)", "sNew.div(1 - beta2 ** (t - 1))"],
    ],
  },
  {
    id: "gradient-not-squared",
    bug: "s averages dθ instead of dθ²",
    edits: [["g.square().mul(1 - beta2)", "g.mul(1 - beta2)"]],
  },
  {
    id: "epsilon-inside-root",
    bug: "√(ŝ + ε) instead of √ŝ + ε",
    edits: [["sHat.sqrt().add(epsilon)", "sHat.add(epsilon).sqrt()"]],
  },
  {
    id: "no-epsilon",
    bug: "α·v̂ / √ŝ without ε: 0 / 0 where a gradient is zero",
    edits: [["sHat.sqrt().add(epsilon)", "sHat.sqrt()"]],
  },
  {
    id: "layer-as-step",
    bug: "bias correction with β^l (the layer) instead of β^t (the step)",
    edits: [
      ["vNew.div(1 - beta1 ** t)", "vNew.div(1 - beta1 ** l)"],
      ["sNew.div(1 - beta2 ** t)", "sNew.div(1 - beta2 ** l)"],
    ],
  },
  {
    id: "uncorrected-v-in-step",
    bug: "corrects v and s but steps with the uncorrected v",
    edits: [["vHat.div(sHat.sqrt().add(epsilon))", "vNew.div(sHat.sqrt().add(epsilon))"]],
  },
]);
