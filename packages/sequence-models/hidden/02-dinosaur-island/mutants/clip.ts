import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "forgets-dby",
    bug: "clips four of the gradients and returns dby as it was",
    edits: [["dby: clipMatrix(gradients.dby)", "dby: gradients.dby"]],
  },
  {
    id: "upper-side-only",
    bug: "clips only large positive values: Math.min(v, maxValue)",
    edits: [["Math.min(Math.max(v, -maxValue), maxValue)", "Math.min(v, maxValue)"]],
  },
  {
    id: "clips-to-zero",
    bug: "clips to [0, maxValue] instead of [−maxValue, maxValue]",
    edits: [["Math.max(v, -maxValue)", "Math.max(v, 0)"]],
  },
]);
