import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "raw-images",
    bug: "trains stage 2 on the images instead of the ruler's measurements",
    edits: [
      [
        "trainEndToEnd(lengths, Y, learningRate, numIterations)",
        "trainEndToEnd(X, Y, learningRate, numIterations)",
      ],
    ],
  },
  {
    id: "no-ruler-offset",
    bug: "measures without the ruler's offsets b",
    edits: [["ruler.W.matMul(X).add(ruler.b)", "ruler.W.matMul(X)"]],
  },
  {
    id: "default-step",
    bug: "passes neither the learning rate nor the number of steps to stage 2",
    edits: [
      ["trainEndToEnd(lengths, Y, learningRate, numIterations)", "trainEndToEnd(lengths, Y)"],
    ],
  },
]);
