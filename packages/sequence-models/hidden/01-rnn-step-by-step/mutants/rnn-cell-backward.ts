import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "tanh-derivative",
    bug: "tanh′ as 1 − a instead of 1 − a²",
    edits: [["tf.sub(1, tf.square(aNext))", "tf.sub(1, aNext)"]],
  },
  {
    id: "dba-mean",
    bug: "dba averaged over the examples instead of summed",
    edits: [["tf.sum(dtanh, 1, true)", "tf.mean(dtanh, 1, true)"]],
  },
  {
    id: "dxt-skips-tanh",
    bug: "dxt = Waxᵀ·da_next, forgetting the tanh′ factor",
    edits: [["dxt: tf.matMul(Wax, dtanh, true)", "dxt: tf.matMul(Wax, daNext, true)"]],
  },
]);
