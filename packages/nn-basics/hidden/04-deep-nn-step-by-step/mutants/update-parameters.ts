import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "plus",
    bug: "θ + α·dθ instead of θ − α·dθ",
    edits: [["parameters[`W${l}`]!.sub(", "parameters[`W${l}`]!.add("]],
  },
  {
    id: "last-layer-skipped",
    bug: "the loop stops before the last layer",
    edits: [["l <= L; l++", "l < L; l++"]],
  },
]);
