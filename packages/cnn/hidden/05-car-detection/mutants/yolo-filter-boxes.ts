import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "strictly-greater",
    bug: "keeps scores > threshold, dropping a box exactly at the threshold",
    edits: [
      ["tf.greaterEqual(boxClassScores, threshold)", "tf.greater(boxClassScores, threshold)"],
    ],
  },
  {
    id: "forgets-confidence",
    bug: "scores boxes by their class probability alone, without the confidence that there is an object",
    edits: [["tf.mul(boxConfidence, boxClassProbs)", "boxClassProbs.clone()"]],
  },
  {
    id: "class-of-first-axis",
    bug: "takes the argmax over the first axis instead of the classes",
    edits: [["tf.argMax(boxScores, -1)", "tf.argMax(boxScores, 0)"]],
  },
]);
