import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "activations-swapped",
    bug: "the relu derivative for sigmoid and vice versa",
    edits: [['activation === "sigmoid"', 'activation === "relu"']],
  },
  {
    id: "skips-activation",
    bug: "passes dA to the linear step instead of dZ",
    edits: [["linearBackward(dZ, linearCache)", "linearBackward(dA, linearCache)"]],
  },
]);
