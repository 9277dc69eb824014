import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "missing-as-zeros",
    bug: "counts the missing labels as 0 labels",
    edits: [
      [
        "return tf.where(labelled, losses, tf.zerosLike(losses)).sum().div(m);",
        "return losses.sum().div(m);",
      ],
    ],
  },
  {
    id: "mean-over-labels",
    bug: "averages over the labelled entries instead of dividing by m",
    edits: [[".sum().div(m);", '.sum().div(labelled.cast("float32").sum());']],
  },
  {
    id: "mean-over-everything",
    bug: "divides by k · m (the mean of every entry) instead of m",
    edits: [[".sum().div(m);", ".sum().div(m * Y.shape[0]!);"]],
  },
  {
    id: "nan-times-mask",
    bug: "multiplies by a 0/1 mask and keeps the NaN labels: NaN · 0 is NaN",
    edits: [
      ["const y = tf.where(labelled, Y, tf.zerosLike(Y));", "const y = Y;"],
      ["tf.where(labelled, losses, tf.zerosLike(losses))", 'losses.mul(labelled.cast("float32"))'],
      [
        "const losses = tf.where(y.equal(1), tf.log(Yhat), tf.log(tf.scalar(1).sub(Yhat))).neg();",
        "const losses = y.mul(tf.log(Yhat)).add(tf.scalar(1).sub(y).mul(tf.log(tf.scalar(1).sub(Yhat)))).neg();",
      ],
    ],
  },
  {
    id: "naive-cross-entropy",
    bug: "computes y·log ŷ + (1 − y)·log(1 − ŷ) as written: 0 · (−∞) = NaN where ŷ saturates at 0 or 1",
    edits: [
      [
        "const losses = tf.where(y.equal(1), tf.log(Yhat), tf.log(tf.scalar(1).sub(Yhat))).neg();",
        "const losses = y.mul(tf.log(Yhat)).add(tf.scalar(1).sub(y).mul(tf.log(tf.scalar(1).sub(Yhat)))).neg();",
      ],
    ],
  },
  {
    id: "divides-by-labelled-images",
    bug: "divides by the number of images with at least one label instead of m",
    edits: [[".sum().div(m);", '.sum().div(labelled.any(0).cast("float32").sum());']],
  },
]);
