import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "fp-fn-swapped",
    bug: "counts a false alarm as fn and a miss as fp",
    edits: [
      ["else if (predicted) fp++;", "else if (predicted) fn++;"],
      ["else if (actual) fn++;", "else if (actual) fp++;"],
    ],
  },
  {
    id: "agreement-as-tp",
    bug: "counts every agreement (also ŷ = 0, y = 0) as a true positive",
    edits: [["if (predicted && actual) tp++;", "if (predicted === actual) tp++;"]],
  },
  {
    id: "skips-last-example",
    bug: "stops the loop one example early",
    edits: [["i < labels.length;", "i < labels.length - 1;"]],
  },
]);
