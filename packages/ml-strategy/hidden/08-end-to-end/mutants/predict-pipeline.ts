import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-ruler-offset",
    bug: "measures without the ruler's offsets b",
    edits: [["ruler.W.matMul(X).add(ruler.b)", "ruler.W.matMul(X)"]],
  },
  {
    id: "probabilities",
    bug: "returns the probabilities instead of 0/1 predictions",
    edits: [['probabilities.greater(0.5).cast("float32")', "probabilities"]],
  },
  {
    id: "threshold-at-zero",
    bug: "thresholds the probabilities at 0 instead of 0.5",
    edits: [["probabilities.greater(0.5)", "probabilities.greater(0)"]],
  },
]);
