import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "mean-not-sum",
    bug: "averages over the examples instead of summing",
    edits: [
      ["return tf.sum(tf.maximum(basicLoss, 0));", "return tf.mean(tf.maximum(basicLoss, 0));"],
    ],
  },
  {
    id: "norm-not-squared",
    bug: "uses the distances, not their squares",
    edits: [
      [
        "const posDist = tf.sum(tf.square(tf.sub(anchor, positive)), -1);",
        "const posDist = tf.norm(tf.sub(anchor, positive), 2, -1);",
      ],
      [
        "const negDist = tf.sum(tf.square(tf.sub(anchor, negative)), -1);",
        "const negDist = tf.norm(tf.sub(anchor, negative), 2, -1);",
      ],
    ],
  },
  {
    id: "clip-after-sum",
    bug: "clips the summed loss at 0 instead of each example's",
    edits: [
      ["return tf.sum(tf.maximum(basicLoss, 0));", "return tf.maximum(tf.sum(basicLoss), 0);"],
    ],
  },
  {
    id: "sum-over-examples-first",
    bug: "sums the squared differences over the examples (axis 0) instead of the encoding",
    edits: [
      [
        "const posDist = tf.sum(tf.square(tf.sub(anchor, positive)), -1);",
        "const posDist = tf.sum(tf.square(tf.sub(anchor, positive)), 0);",
      ],
      [
        "const negDist = tf.sum(tf.square(tf.sub(anchor, negative)), -1);",
        "const negDist = tf.sum(tf.square(tf.sub(anchor, negative)), 0);",
      ],
    ],
  },
]);
