import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "test-on-train",
    bug: "predicts the test set from the training inputs",
    edits: [["predict(params.w, params.b, XTest)", "predict(params.w, params.b, XTrain)"]],
  },
  {
    id: "fixed-learning-rate",
    bug: "ignores the learning rate it is given",
    edits: [["    learningRate,\n    printCost,\n  );", "    0.005,\n    printCost,\n  );"]],
  },
]);
