import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-one-over-m",
    bug: "the L2 term without 1/m: λ/2 · Σ‖Wl‖²",
    edits: [["(lambd / (2 * m))", "(lambd / 2)"]],
  },
  {
    id: "lambda-over-m",
    bug: "λ/m instead of λ/(2m)",
    edits: [["(lambd / (2 * m))", "(lambd / m)"]],
  },
  {
    id: "missing-w3",
    bug: "W3 left out of the sum of squares",
    edits: [[", W3!.square().sum()]", "]"]],
  },
  {
    id: "norm-not-squared",
    bug: "the norms ‖Wl‖ summed instead of their squares",
    edits: [
      [
        "tf.addN([W1!.square().sum(), W2!.square().sum(), W3!.square().sum()])",
        "tf.addN([W1!.norm(), W2!.norm(), W3!.norm()])",
      ],
    ],
  },
  {
    id: "no-clip",
    bug: "the cross-entropy of A3 as given: log(0) = −∞ and 0·log(0) = NaN where σ rounded to 0 or 1",
    edits: [["const A = A3.clipByValue(LOSS_MARGIN, 1 - LOSS_MARGIN);", "const A = A3;"]],
  },
  {
    id: "cross-entropy-sum",
    bug: "the cross-entropy summed over the examples instead of averaged",
    edits: [["return -terms.mean().dataSync()[0]!;", "return -terms.sum().dataSync()[0]!;"]],
  },
]);
