import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "sin-cos-swapped",
    bug: "cos on the even columns and sin on the odd ones",
    edits: [
      [
        "tf.where(even, tf.sin(angles), tf.cos(angles))",
        "tf.where(even, tf.cos(angles), tf.sin(angles))",
      ],
    ],
  },
  {
    id: "positions-from-one",
    bug: "positions 1 … N instead of 0 … N − 1",
    edits: [["tf.range(0, positions)", "tf.range(1, positions + 1)"]],
  },
  {
    id: "no-batch-axis",
    bug: "returns [positions, d] without the leading axis of 1",
    edits: [[").expandDims(0) as tf.Tensor3D", ") as unknown as tf.Tensor3D"]],
  },
]);
