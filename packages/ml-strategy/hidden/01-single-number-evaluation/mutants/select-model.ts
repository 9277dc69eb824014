import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "strict-bound",
    bug: "treats 'at most 100 ms' as 'under 100 ms'",
    edits: [["value <= atMost", "value < atMost"]],
  },
  {
    id: "tie-goes-last",
    bug: "replaces the best on a tie, so the last listed wins",
    edits: [["value > bestValue", "value >= bestValue"]],
  },
  {
    id: "always-maximizes",
    bug: "ignores the goal and always maximizes",
    edits: [
      ['optimizing.goal === "max" ? value > bestValue : value < bestValue', "value > bestValue"],
    ],
  },
  {
    id: "any-constraint",
    bug: "keeps a model that meets any one constraint instead of all",
    edits: [["satisficing.every(", "satisficing.length === 0 || satisficing.some("]],
  },
  {
    id: "ignores-at-least",
    bug: "ignores 'atLeast' constraints",
    edits: [["(atLeast === undefined || value >= atLeast)", "true"]],
  },
  {
    id: "ranks-unmeasured",
    bug: "takes the first qualifying model as the best so far even when it lacks the optimizing metric",
    edits: [["    if (value === undefined) continue;\n", ""]],
  },
]);
