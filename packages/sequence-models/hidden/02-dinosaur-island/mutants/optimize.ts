import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-clipping",
    bug: "updates with and returns the gradients unclipped",
    edits: [
      ["const gradients = clip(backward.gradients, 5);", "const gradients = backward.gradients;"],
    ],
  },
  {
    id: "first-hidden-state",
    bug: "returns the first hidden state a⟨0⟩ instead of the last",
    edits: [["aPrev: backward.a[X.length - 1]!", "aPrev: backward.a[0]!"]],
  },
  {
    id: "no-update",
    bug: "forgets the gradient-descent step",
    edits: [["  updateParameters(parameters, gradients, learningRate);\n", ""]],
  },
]);
