import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-negligible-filter",
    bug: "recommends every positive gap, however small next to the largest",
    edits: [[".filter(({ gap }) => gap >= minShare * largest)", ""]],
  },
  {
    id: "zero-gap-is-a-problem",
    bug: "counts a gap of exactly 0 as a problem",
    edits: [["gap !== null && gap > 0", "gap !== null && gap >= 0"]],
  },
  {
    id: "smallest-first",
    bug: "sorts the problems smallest gap first",
    edits: [[".sort((a, b) => b.gap - a.gap)", ".sort((a, b) => a.gap - b.gap)"]],
  },
  {
    id: "ties-reversed",
    bug: "breaks ties in the reverse of the lectures' order",
    edits: [["PROBLEMS.flatMap(", "[...PROBLEMS].reverse().flatMap("]],
  },
  {
    id: "share-of-total",
    bug: "compares each gap with the sum of the gaps instead of the largest",
    edits: [
      [
        "Math.max(0, ...measured.map(({ gap }) => gap))",
        "measured.reduce((sum, { gap }) => sum + gap, 0)",
      ],
    ],
  },
  {
    id: "bias-remedies-everywhere",
    bug: "offers the avoidable-bias remedies for every problem",
    edits: [["remedies: REMEDIES[problem]", "remedies: REMEDIES.avoidableBias"]],
  },
  {
    id: "share-exclusive",
    bug: "drops a gap exactly minShare of the largest (> instead of >=)",
    edits: [
      [
        ".filter(({ gap }) => gap >= minShare * largest)",
        ".filter(({ gap }) => gap > minShare * largest)",
      ],
    ],
  },
]);
