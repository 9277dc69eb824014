import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "integer-excludes-hi",
    bug: "draws integers with randint(lo, hi): hi is never chosen",
    edits: [["rng.randint(h.lo, h.hi + 1)", "rng.randint(h.lo, h.hi)"]],
  },
  {
    id: "log-as-linear",
    bug: "samples a log-scale hyperparameter uniformly between lo and hi",
    edits: [
      [
        "const [a, b] = [Math.log10(h.lo), Math.log10(h.hi)];\n        return 10 ** (a + (b - a) * rng.rand(1)[0]!);",
        "return h.lo + (h.hi - h.lo) * rng.rand(1)[0]!;",
      ],
    ],
  },
  {
    id: "reseeds-every-trial",
    bug: "creates the generator inside the trial loop: every trial is the same configuration",
    edits: [
      ["const rng = new RandomState(seed);", "let rng = new RandomState(seed);"],
      [
        "const configuration: Configuration = {};",
        "const configuration: Configuration = {};\n    rng = new RandomState(seed);",
      ],
    ],
  },
  {
    id: "choice-by-rand",
    bug: "picks an option with Math.floor(rand · length): another draw than the documented randint",
    edits: [
      [
        "h.options[rng.randint(0, h.options.length)]!",
        "h.options[Math.floor(rng.rand(1)[0]! * h.options.length)]!",
      ],
    ],
  },
]);
