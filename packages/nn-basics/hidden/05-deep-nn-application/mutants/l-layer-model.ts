import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "fixed-learning-rate",
    bug: "ignores the learning rate it is given",
    edits: [
      [
        "updateParameters(parameters, grads, learningRate)",
        "updateParameters(parameters, grads, 0.0075)",
      ],
    ],
  },
  {
    id: "extra-iteration",
    bug: "one iteration too many",
    edits: [["i < numIterations; i++", "i <= numIterations; i++"]],
  },
]);
