import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "beta-swapped",
    bug: "v = (1 − β)·v + β·dθ: β and 1 − β swapped",
    edits: [
      [
        "v[`d${name}`]!.mul(beta).add(grads[`d${name}`]!.mul(1 - beta))",
        "v[`d${name}`]!.mul(1 - beta).add(grads[`d${name}`]!.mul(beta))",
      ],
    ],
  },
  {
    id: "no-one-minus-beta",
    bug: "v = β·v + dθ: the gradient is not weighted by 1 − β",
    edits: [["grads[`d${name}`]!.mul(1 - beta)", "grads[`d${name}`]!"]],
  },
  {
    id: "steps-with-gradient",
    bug: "θ − α·dθ: the velocity is computed but not used",
    edits: [
      [
        "parameters[name]!.sub(vNew.mul(learningRate))",
        "parameters[name]!.sub(grads[`d${name}`]!.mul(learningRate))",
      ],
    ],
  },
  {
    id: "steps-with-old-velocity",
    bug: "θ − α·v with the velocity of the previous step",
    edits: [
      [
        "parameters[name]!.sub(vNew.mul(learningRate))",
        "parameters[name]!.sub(v[`d${name}`]!.mul(learningRate))",
      ],
    ],
  },
]);
