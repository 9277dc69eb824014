import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "log-of-beta",
    bug: "samples β itself on a log scale (almost linear between 0.9 and 0.999)",
    edits: [
      ["[Math.log10(1 - hi), Math.log10(1 - lo)]", "[Math.log10(lo), Math.log10(hi)]"],
      ["(u) => 1 - 10 ** (a + (b - a) * u)", "(u) => 10 ** (a + (b - a) * u)"],
    ],
  },
  {
    id: "linear-beta",
    bug: "samples β uniformly in [lo, hi]: a tenth of the samples in [0.99, 0.999]",
    edits: [["(u) => 1 - 10 ** (a + (b - a) * u)", "(u) => lo + (hi - lo) * u"]],
  },
  {
    id: "forgets-one-minus",
    bug: "returns 10^r, that is 1 − β, instead of β",
    edits: [["(u) => 1 - 10 ** (a + (b - a) * u)", "(u) => 10 ** (a + (b - a) * u)"]],
  },
  {
    id: "swapped-ends",
    bug: "runs r from log10(1 − lo) to log10(1 − hi): the same spread, other numbers than the documented draw",
    edits: [
      ["[Math.log10(1 - hi), Math.log10(1 - lo)]", "[Math.log10(1 - lo), Math.log10(1 - hi)]"],
    ],
  },
]);
