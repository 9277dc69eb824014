import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "tie-to-variance",
    bug: "gives a tie between bias and variance to variance",
    edits: [["avoidableBias >= variance", "avoidableBias > variance"]],
  },
  {
    id: "beyond-on-train",
    bug: "calls the model beyond human level when its training error is below human level",
    edits: [["devError < bayesProxy", "trainError < bayesProxy"]],
  },
  {
    id: "beyond-inclusive",
    bug: "calls a dev error equal to human level 'beyond' it",
    edits: [["devError < bayesProxy", "devError <= bayesProxy"]],
  },
  {
    id: "variance-from-human",
    bug: "measures variance from human level instead of from the training error",
    edits: [
      [
        "const variance = devError - trainError;",
        "const variance = devError - (bayesErrorProxy(humanErrors) ?? trainError);",
      ],
    ],
  },
  {
    id: "average-human",
    bug: "uses the average human error as the proxy",
    edits: [
      [
        "const bayesProxy = bayesErrorProxy(humanErrors);",
        "const bayesProxy = humanErrors.length ? humanErrors.reduce((a, b) => a + b) / humanErrors.length : null;",
      ],
    ],
  },
]);
