import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-first-relu",
    bug: "forgets the relu after layer 1",
    edits: [["const A1 = tf.relu(Z1);", "const A1 = Z1;"]],
  },
  {
    id: "no-second-relu",
    bug: "forgets the relu after layer 2",
    edits: [["const A2 = tf.relu(Z2);", "const A2 = Z2;"]],
  },
  {
    id: "softmax-output",
    bug: "applies a softmax to the logits",
    edits: [
      [
        "return tf.add(tf.matMul(W3!, A2), b3!);",
        "return tf.softmax(tf.add(tf.matMul(W3!, A2), b3!).transpose()).transpose();",
      ],
    ],
  },
  {
    id: "relu-output",
    bug: "applies a relu after layer 3 too",
    edits: [
      [
        "return tf.add(tf.matMul(W3!, A2), b3!);",
        "return tf.relu(tf.add(tf.matMul(W3!, A2), b3!));",
      ],
    ],
  },
]);
