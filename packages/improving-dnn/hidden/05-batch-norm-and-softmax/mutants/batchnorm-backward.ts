import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "naive-dz",
    bug: "dZ = dOut·γ / sqrt(σ² + ε): the batch statistics treated as constants",
    edits: [
      [".sub(dZNorm.sum(1, true))\n      .sub(ZNorm.mul(dZNorm.mul(ZNorm).sum(1, true)))", ""],
    ],
  },
  {
    id: "no-variance-term",
    bug: "dZ with the path through μ but not the one through σ²",
    edits: [[".sub(ZNorm.mul(dZNorm.mul(ZNorm).sum(1, true)))", ""]],
  },
  {
    id: "dgamma-no-sum",
    bug: "dgamma = dOut ⊙ ZNorm without the sum over the examples",
    edits: [["const dgamma = dOut.mul(ZNorm).sum(1, true);", "const dgamma = dOut.mul(ZNorm);"]],
  },
  {
    id: "dbeta-mean",
    bug: "dbeta averaged over the examples (an extra 1/m)",
    edits: [["const dbeta = dOut.sum(1, true);", "const dbeta = dOut.mean(1, true);"]],
  },
]);
