import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "not-accumulated",
    bug: "dWax, dWaa and dba keep only the last step visited instead of the sum over time",
    edits: [
      ["dWax = dWax.add(gradients.dWax);", "dWax = gradients.dWax;"],
      ["dWaa = dWaa.add(gradients.dWaa);", "dWaa = gradients.dWaa;"],
      ["dba = dba.add(gradients.dba);", "dba = gradients.dba;"],
    ],
  },
  {
    id: "da-prev-not-carried",
    bug: "each step gets only da[:, :, t], not the da_prev of the step after it",
    edits: [["rnnCellBackward(das[t]!.add(daPrevt), ", "rnnCellBackward(das[t]!, "]],
  },
  {
    id: "dba-not-accumulated",
    bug: "dba keeps only the first step's gradient",
    edits: [["dba = dba.add(gradients.dba);", "dba = gradients.dba;"]],
  },
]);
