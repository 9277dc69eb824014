import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "dc-prev-not-carried",
    bug: "the memory's gradient is not carried to the step before",
    edits: [["      dcPrevt = gradients.dcPrev;\n", ""]],
  },
  {
    id: "da-prev-not-carried",
    bug: "each step gets only da[:, :, t], not the da_prev of the step after it",
    edits: [["lstmCellBackward(das[t]!.add(daPrevt), ", "lstmCellBackward(das[t]!, "]],
  },
  {
    id: "not-accumulated",
    bug: "the gates' gradients keep only the last step visited instead of the sum over time",
    edits: [["sums[k] ? sums[k].add(gradients[k]) : gradients[k]", "gradients[k]"]],
  },
]);
