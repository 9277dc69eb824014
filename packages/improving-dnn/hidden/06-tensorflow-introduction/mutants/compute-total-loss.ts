import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "mean",
    bug: "averages the examples' losses instead of summing them",
    edits: [["tf.Reduction.SUM,", "tf.Reduction.MEAN,"]],
  },
  {
    id: "default-reduction",
    bug: "keeps tfjs's default reduction (a mean over the examples)",
    edits: [["      undefined,\n      undefined,\n      tf.Reduction.SUM,\n", ""]],
  },
  {
    id: "swapped",
    bug: "passes the logits as labels and the labels as logits",
    edits: [
      [
        "tf.transpose(labels),\n      tf.transpose(logits),",
        "tf.transpose(logits),\n      tf.transpose(labels),",
      ],
    ],
  },
  {
    id: "no-transpose",
    bug: "does not transpose: the softmax runs over the examples instead of the classes",
    edits: [["tf.transpose(labels),\n      tf.transpose(logits),", "labels,\n      logits,"]],
  },
  {
    id: "log-of-softmax",
    bug: "−Σ labels·log(softmax(logits)) by hand: log 0 = −∞ once a probability underflows",
    edits: [
      [
        "tf.losses.softmaxCrossEntropy(\n      tf.transpose(labels),\n      tf.transpose(logits),\n      undefined,\n      undefined,\n      tf.Reduction.SUM,\n    ),",
        "tf.neg(tf.sum(tf.mul(labels, tf.log(tf.softmax(tf.transpose(logits)).transpose())))) as tf.Scalar,",
      ],
    ],
  },
]);
