import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "weights-swapped",
    bug: "β · J_content + α · J_style",
    edits: [
      [
        "tf.add(tf.mul(alpha, JContent), tf.mul(beta, JStyle))",
        "tf.add(tf.mul(beta, JContent), tf.mul(alpha, JStyle))",
      ],
    ],
  },
  {
    id: "wrong-default",
    bug: "β defaults to 10",
    edits: [["  beta = 40,", "  beta = 10,"]],
  },
]);
