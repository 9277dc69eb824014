import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "row", bug: "w as a (1, dim) row", edits: [["tf.zeros([dim, 1])", "tf.zeros([1, dim])"]] },
  { id: "rank-one", bug: "w of shape (dim,)", edits: [["tf.zeros([dim, 1])", "tf.zeros([dim])"]] },
]);
