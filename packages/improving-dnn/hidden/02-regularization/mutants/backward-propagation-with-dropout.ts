import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "forgets-d1",
    bug: "dA1 not masked by D1",
    edits: [
      [
        "tf.matMul(W2, dZ2, true, false).mul(D1).div(keepProb)",
        "tf.matMul(W2, dZ2, true, false).div(keepProb)",
      ],
    ],
  },
  {
    id: "no-divide-by-keep-prob",
    bug: "dA2 masked but not divided by keepProb",
    edits: [
      [
        "tf.matMul(W3, dZ3, true, false).mul(D2).div(keepProb)",
        "tf.matMul(W3, dZ3, true, false).mul(D2)",
      ],
    ],
  },
  {
    id: "times-keep-prob",
    bug: "dA1 multiplied by keepProb instead of divided",
    edits: [
      [
        "tf.matMul(W2, dZ2, true, false).mul(D1).div(keepProb)",
        "tf.matMul(W2, dZ2, true, false).mul(D1).mul(keepProb)",
      ],
    ],
  },
]);
