import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "test-own-statistics",
    bug: "normalizes the test set with its own mean and variance",
    edits: [
      [
        "XTest: XTest.sub(mu).div(sigma),",
        "XTest: XTest.sub(XTest.mean(1, true)).div(XTest.sub(XTest.mean(1, true)).square().mean(1, true).add(1e-8).sqrt()),",
      ],
    ],
  },
  {
    id: "divides-by-variance",
    bug: "divides by σ² instead of σ",
    edits: [["const sigma = sigma2.add(1e-8).sqrt();", "const sigma = sigma2.add(1e-8);"]],
  },
  {
    id: "unbiased-variance",
    bug: "σ² with 1/(m − 1) instead of 1/m",
    edits: [
      [
        "const sigma2 = XTrain.sub(mu).square().mean(1, true);",
        "const sigma2 = XTrain.sub(mu).square().sum(1, true).div(XTrain.shape[1]! - 1);",
      ],
    ],
  },
  {
    id: "no-epsilon",
    bug: "divides by sqrt(σ²) without the 1e-8: a constant feature gives 0/0 = NaN",
    edits: [["const sigma = sigma2.add(1e-8).sqrt();", "const sigma = sigma2.sqrt();"]],
  },
]);
