import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "four-identities-in-stage-3",
    bug: "four identity blocks in the third stage instead of five",
    edits: [["    [4, 2, 5],", "    [4, 2, 4],"]],
  },
  {
    id: "max-pool-at-the-end",
    bug: "max pooling instead of average pooling before the classifier",
    edits: [
      [
        "X = tf.layers.averagePooling2d({ poolSize: 2 }).apply(X)",
        "X = tf.layers.maxPooling2d({ poolSize: 2 }).apply(X)",
      ],
    ],
  },
]);
