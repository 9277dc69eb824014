import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "relu-output",
    bug: "ReLU at the output layer instead of sigmoid",
    edits: [['parameters[`b${L}`]!, "sigmoid")', 'parameters[`b${L}`]!, "relu")']],
  },
  {
    id: "layer-count",
    bug: "counts every key of parameters as a layer",
    edits: [["Object.keys(parameters).length / 2", "Object.keys(parameters).length"]],
  },
  {
    id: "off-by-one",
    bug: "the ReLU loop stops one layer early",
    edits: [["l < L; l++", "l < L - 1; l++"]],
  },
]);
