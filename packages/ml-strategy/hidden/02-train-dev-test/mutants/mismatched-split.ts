import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "test-from-other-source",
    bug: "draws dev from the car images but test from the internet images",
    edits: [
      [
        "const test = shuffledTarget.slice(sizes.dev, sizes.dev + sizes.test);",
        "const test = otherIndices.slice(0, sizes.test);",
      ],
    ],
  },
  {
    id: "drops-leftover-target",
    bug: "leaves the car images not used by dev and test out of training",
    edits: [["shuffledTarget.slice(sizes.dev + sizes.test).concat(otherIndices)", "otherIndices"]],
  },
  {
    id: "mix-not-shuffled",
    bug: "carves train-dev from the unshuffled mix (all leftover car images first)",
    edits: [["rng.permutation(mix.length).map((k) => mix[k]!)", "mix"]],
  },
  {
    id: "seed-ignored",
    bug: "always shuffles with the same seed",
    edits: [["new RandomState(seed)", "new RandomState(0)"]],
  },
  {
    id: "no-range-check",
    bug: "asks for more car images than there are, silently returning smaller sets",
    edits: [["if (sizes.dev + sizes.test > targetIndices.length)", "if (false)"]],
  },
  {
    id: "just-enough-throws",
    bug: "throws when the target has exactly dev + test examples (>= instead of >)",
    edits: [
      [
        "if (sizes.dev + sizes.test > targetIndices.length)",
        "if (sizes.dev + sizes.test >= targetIndices.length)",
      ],
    ],
  },
  {
    id: "mix-others-first",
    bug: "builds the training mix as the other examples followed by the leftover target ones",
    edits: [
      [
        "const mix = shuffledTarget.slice(sizes.dev + sizes.test).concat(otherIndices);",
        "const mix = otherIndices.concat(shuffledTarget.slice(sizes.dev + sizes.test));",
      ],
    ],
  },
]);
