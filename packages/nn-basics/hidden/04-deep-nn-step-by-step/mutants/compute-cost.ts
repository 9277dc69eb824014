import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-one-over-m",
    bug: "m read from the wrong axis of Y (no 1/m)",
    edits: [["Y.shape[1]!", "Y.shape[0]!"]],
  },
  { id: "cost-sign", bug: "the cost without the minus sign", edits: [[".div(-m)", ".div(m)"]] },
]);
