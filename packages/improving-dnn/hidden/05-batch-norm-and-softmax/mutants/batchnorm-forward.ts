import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "unbiased-variance",
    bug: "batch variance with 1/(m − 1) (unbiased) instead of 1/m",
    edits: [
      ["Z.sub(mu).square().mean(1, true)", "Z.sub(mu).square().sum(1, true).div(Z.shape[1]! - 1)"],
    ],
  },
  {
    id: "epsilon-outside-sqrt",
    bug: "divides by sqrt(σ²) + ε instead of sqrt(σ² + ε)",
    edits: [
      ["Z.sub(mu).div(sigma2.add(epsilon).sqrt())", "Z.sub(mu).div(sigma2.sqrt().add(epsilon))"],
    ],
  },
  {
    id: "momentum-swapped",
    bug: "running = (1 − momentum)·running + momentum·batch",
    edits: [
      [
        "state.runningMean.mul(momentum).add(mu.mul(1 - momentum))",
        "state.runningMean.mul(1 - momentum).add(mu.mul(momentum))",
      ],
      [
        "state.runningVar.mul(momentum).add(sigma2.mul(1 - momentum))",
        "state.runningVar.mul(1 - momentum).add(sigma2.mul(momentum))",
      ],
    ],
  },
  {
    id: "inference-batch-statistics",
    bug: "inference mode normalizes with the batch's own μ and σ²",
    edits: [
      [
        "const mu = train ? Z.mean(1, true) : state.runningMean.clone();",
        "const mu = Z.mean(1, true);",
      ],
      [
        "const sigma2 = train ? Z.sub(mu).square().mean(1, true) : state.runningVar.clone();",
        "const sigma2 = Z.sub(mu).square().mean(1, true);",
      ],
    ],
  },
  {
    id: "no-gamma",
    bug: "forgets to scale by γ",
    edits: [["const out = ZNorm.mul(gamma).add(beta);", "const out = ZNorm.add(beta);"]],
  },
  {
    id: "no-epsilon",
    bug: "divides by sqrt(σ²) without ε: a unit constant over the batch gives 0/0 = NaN",
    edits: [
      [
        "const ZNorm = Z.sub(mu).div(sigma2.add(epsilon).sqrt());",
        "const ZNorm = Z.sub(mu).div(sigma2.sqrt());",
      ],
    ],
  },
]);
