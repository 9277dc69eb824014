import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "missing-as-zeros",
    bug: "does not zero the missing entries: they push σ(z) towards a 0 label",
    edits: [["return tf.where(labelled, dZ, tf.zerosLike(dZ));", "return dZ;"]],
  },
  {
    id: "no-one-over-m",
    bug: "forgets the loss's 1/m",
    edits: [["tf.sigmoid(Z).sub(y).div(m)", "tf.sigmoid(Z).sub(y)"]],
  },
  {
    id: "sign",
    bug: "returns y − ŷ instead of ŷ − y",
    edits: [["tf.sigmoid(Z).sub(y)", "y.sub(tf.sigmoid(Z))"]],
  },
  {
    id: "nan-times-mask",
    bug: "subtracts the NaN labels and multiplies by a 0/1 mask: NaN · 0 is NaN",
    edits: [
      ["const y = tf.where(labelled, Y, tf.zerosLike(Y));", "const y = Y;"],
      ["tf.where(labelled, dZ, tf.zerosLike(dZ))", 'dZ.mul(labelled.cast("float32"))'],
    ],
  },
  {
    id: "divides-by-labelled-images",
    bug: "divides by the number of images with at least one label instead of m",
    edits: [
      [
        "const dZ = tf.sigmoid(Z).sub(y).div(m);",
        'const dZ = tf.sigmoid(Z).sub(y).div(labelled.any(0).cast("float32").sum());',
      ],
    ],
  },
]);
