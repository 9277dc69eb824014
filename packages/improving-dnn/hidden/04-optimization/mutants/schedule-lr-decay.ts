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
]);
