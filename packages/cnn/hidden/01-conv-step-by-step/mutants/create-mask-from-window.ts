import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "strictly-greater",
    bug: "x > max(x): nothing is ever marked",
    edits: [["tf.equal(x, tf.max(x))", "tf.greater(x, tf.max(x))"]],
  },
  {
    id: "argmax-only",
    bug: "marks only the first maximum (argmax), not every tie",
    edits: [
      [
        "tf.equal(x, tf.max(x))",
        'tf.oneHot(tf.argMax(x.flatten()), Math.max(2, x.size)).slice([0], [x.size]).reshape(x.shape).cast("bool")',
      ],
    ],
  },
]);
