import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "plus-gradient",
    bug: "W + α·dW: climbs the cost instead of descending",
    edits: [
      [
        "parameters[`W${l}`]!.sub(grads[`dW${l}`]!.mul(learningRate))",
        "parameters[`W${l}`]!.add(grads[`dW${l}`]!.mul(learningRate))",
      ],
    ],
  },
  {
    id: "bias-not-updated",
    bug: "only the weights are updated, the biases are returned as they were",
    edits: [
      [
        "parameters[`b${l}`]!.sub(grads[`db${l}`]!.mul(learningRate))",
        "parameters[`b${l}`]!.clone()",
      ],
    ],
  },
  {
    id: "last-layer-skipped",
    bug: "loops l < L: the output layer is not updated (nor returned)",
    edits: [["for (let l = 1; l <= L; l++)", "for (let l = 1; l < L; l++)"]],
  },
]);
