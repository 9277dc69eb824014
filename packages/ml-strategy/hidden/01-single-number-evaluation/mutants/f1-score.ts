import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "arithmetic-mean",
    bug: "averages precision and recall arithmetically",
    edits: [["(2 * precision * recall) / (precision + recall)", "(precision + recall) / 2"]],
  },
  {
    id: "no-zero-guard",
    bug: "divides 0 by 0 when P = R = 0 (NaN)",
    edits: [["if (precision + recall === 0) return 0;", ""]],
  },
  {
    id: "missing-two",
    bug: "forgets the factor 2 of the harmonic mean",
    edits: [["(2 * precision * recall)", "(precision * recall)"]],
  },
  {
    id: "geometric-mean",
    bug: "takes the geometric mean √(P·R)",
    edits: [["(2 * precision * recall) / (precision + recall)", "Math.sqrt(precision * recall)"]],
  },
]);
