import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-cast",
    bug: "applies tf.sigmoid without casting (an int32 tensor makes it throw)",
    edits: [['tf.sigmoid(tf.cast(z, "float32"))', "tf.sigmoid(z)"]],
  },
  {
    id: "softmax",
    bug: "uses a softmax instead of the sigmoid",
    edits: [['tf.sigmoid(tf.cast(z, "float32"))', 'tf.softmax(tf.cast(z, "float32"))']],
  },
  {
    id: "wrong-sign",
    bug: "computes 1 / (1 + e^z)",
    edits: [['tf.sigmoid(tf.cast(z, "float32"))', 'tf.sigmoid(tf.neg(tf.cast(z, "float32")))']],
  },
]);
