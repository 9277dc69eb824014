import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "plus", bug: "θ + α·dθ instead of θ − α·dθ", edits: [[".sub(grads", ".add(grads"]] },
  {
    id: "default-rate",
    bug: "a default learning rate of 0.12",
    edits: [["learningRate = 1.2", "learningRate = 0.12"]],
  },
]);
