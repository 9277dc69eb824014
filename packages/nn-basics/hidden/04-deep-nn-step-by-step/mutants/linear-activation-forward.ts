import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "activations-swapped",
    bug: "applies relu where sigmoid is asked and vice versa",
    edits: [
      [
        'activation === "sigmoid" ? sigmoid(Z) : relu(Z)',
        'activation === "relu" ? sigmoid(Z) : relu(Z)',
      ],
    ],
  },
  {
    id: "caches-a",
    bug: "caches A instead of Z as the activation cache",
    edits: [["{ linearCache, activationCache }", "{ linearCache, activationCache: A }"]],
  },
]);
