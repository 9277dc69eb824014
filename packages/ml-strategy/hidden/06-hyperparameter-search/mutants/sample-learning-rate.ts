import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "linear-scale",
    bug: "samples α uniformly in [lo, hi] (90 % of the samples in the last decade)",
    edits: [["(u) => 10 ** (a + (b - a) * u)", "(u) => lo + (hi - lo) * u"]],
  },
  {
    id: "natural-exp",
    bug: "raises e instead of 10 to the exponent",
    edits: [["10 ** (a + (b - a) * u)", "Math.exp(a + (b - a) * u)"]],
  },
  {
    id: "lecture-constants",
    bug: "hard-codes the lecture's r = −4·u, ignoring lo and hi",
    edits: [["const [a, b] = [Math.log10(lo), Math.log10(hi)];", "const [a, b] = [-4, 0];"]],
  },
  {
    id: "unseeded",
    bug: "draws with Math.random: not reproducible",
    edits: [
      [
        "Array.from(new RandomState(seed).rand(n), (u)",
        "Array.from(Array.from({ length: n }, () => Math.random()), (u)",
      ],
    ],
  },
]);
