import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-bias",
    bug: "forgets to add b",
    edits: [
      ["tf.sum(tf.mul(aSlicePrev, W)).add(tf.reshape(b, []))", "tf.sum(tf.mul(aSlicePrev, W))"],
    ],
  },
  {
    id: "mean-not-sum",
    bug: "averages the products instead of summing them",
    edits: [["tf.sum(tf.mul(aSlicePrev, W))", "tf.mean(tf.mul(aSlicePrev, W))"]],
  },
]);
