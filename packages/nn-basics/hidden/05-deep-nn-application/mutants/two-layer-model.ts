import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "sigmoid-hidden",
    bug: "sigmoid in the hidden layer (the backward pass still uses relu)",
    edits: [
      [
        'linearActivationForward(X, W1, b1, "relu")',
        'linearActivationForward(X, W1, b1, "sigmoid")',
      ],
    ],
  },
  {
    id: "da2-sign",
    bug: "dA2 without the minus sign",
    edits: [["      .neg();\n      const back2", "      ;\n      const back2"]],
  },
  {
    id: "cost-every-iteration",
    bug: "records the cost at every iteration",
    edits: [["if (i % 100 === 0) costs.push(value);", "costs.push(value);"]],
  },
]);
