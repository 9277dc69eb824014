import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "divides-by-height",
    bug: "dz / n_H instead of dz / (n_H · n_W)",
    edits: [["dz / (nH * nW)", "dz / nH"]],
  },
  {
    id: "copies-dz",
    bug: "gives every entry the whole dz",
    edits: [["dz / (nH * nW)", "dz"]],
  },
]);
