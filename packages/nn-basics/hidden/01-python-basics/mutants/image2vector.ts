import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "row-vector",
    bug: "a (1, n) row instead of an (n, 1) column",
    edits: [["[length * height * depth, 1]", "[1, length * height * depth]"]],
  },
  {
    id: "channels-first",
    bug: "flattens channel by channel (transposed) instead of in memory order",
    edits: [["image.reshape(", "image.transpose([2, 0, 1]).reshape("]],
  },
]);
