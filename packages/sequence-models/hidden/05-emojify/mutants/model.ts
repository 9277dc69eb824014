import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "gradient-ascent",
    bug: "dz = one-hot − a: steps up the cost",
    edits: [["v - (k === Y[i] ? 1 : 0)", "(k === Y[i] ? 1 : 0) - v"]],
  },
  {
    id: "no-bias-update",
    bug: "never updates b",
    edits: [["b[k]! -= learningRate * dz[k]!;", ""]],
  },
  {
    id: "init-unscaled",
    bug: "W starts as randn without dividing by √n_h",
    edits: [["init[k * nH + j]! / Math.sqrt(nH)", "init[k * nH + j]!"]],
  },
  {
    id: "one-pass",
    bug: "runs one pass over the data whatever numIterations says",
    edits: [["t < numIterations", "t < 1"]],
  },
]);
