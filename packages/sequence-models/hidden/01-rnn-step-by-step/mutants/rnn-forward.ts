import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "state-not-carried",
    bug: "every step starts from a0: a_next is never updated",
    edits: [["    aNext = step.aNext;\n", ""]],
  },
  {
    id: "time-reversed",
    bug: "reads the inputs from the last step to the first",
    edits: [["x.slice([0, 0, t]", "x.slice([0, 0, Tx - 1 - t]"]],
  },
]);
