import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-floor",
    bug: "epochNum / timeInterval without ⌊ ⌋: decays smoothly instead of by steps",
    edits: [["Math.floor(epochNum / timeInterval)", "(epochNum / timeInterval)"]],
  },
  {
    id: "round",
    bug: "rounds epochNum / timeInterval instead of flooring it",
    edits: [["Math.floor(epochNum / timeInterval)", "Math.round(epochNum / timeInterval)"]],
  },
  {
    id: "default-interval-100",
    bug: "timeInterval defaults to 100 instead of the notebook's 1000",
    edits: [["timeInterval = 1000", "timeInterval = 100"]],
  },
  {
    id: "ceil",
    bug: "⌈epochNum / timeInterval⌉: the step down comes one interval early, inside the interval",
    edits: [["Math.floor(epochNum / timeInterval)", "Math.ceil(epochNum / timeInterval)"]],
  },
  {
    id: "late-by-one",
    bug: "⌊(epochNum − 1) / timeInterval⌋: the step down comes one epoch after the multiple of timeInterval",
    edits: [
      [
        "Math.floor(epochNum / timeInterval)",
        "Math.max(0, Math.floor((epochNum - 1) / timeInterval))",
      ],
    ],
  },
]);
