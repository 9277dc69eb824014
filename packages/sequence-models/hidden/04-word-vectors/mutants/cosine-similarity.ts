import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "dot-only",
    bug: "returns u·v without dividing by the norms",
    edits: [["return dot / norms;", "return dot;"]],
  },
  {
    id: "squared-norms",
    bug: "divides by ‖u‖²‖v‖² (forgets the square roots)",
    edits: [["Math.sqrt(normU) * Math.sqrt(normV)", "normU * normV"]],
  },
  {
    id: "no-zero-guard",
    bug: "no special case for a zero vector: 0/0 gives NaN",
    edits: [["if (norms === 0) return 0;", ""]],
  },
]);
