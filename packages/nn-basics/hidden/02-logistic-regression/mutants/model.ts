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
  {
    id: "reports-training-labels",
    bug: "reports the training labels it was given as its training predictions (the old learns check scored those)",
    edits: [["    YPredictionTrain,\n", "    YPredictionTrain: YTrain.clone(),\n"]],
  },
]);
