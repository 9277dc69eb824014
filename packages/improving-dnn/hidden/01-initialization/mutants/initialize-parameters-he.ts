import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "fan-out",
    bug: "√(2 / n_l): the layer's own size instead of the one before",
    edits: [["Math.sqrt(2 / layersDims[l - 1]!)", "Math.sqrt(2 / layersDims[l]!)"]],
  },
  {
    id: "xavier",
    bug: "√(1 / n_{l−1}) (Xavier) instead of √(2 / n_{l−1})",
    edits: [["Math.sqrt(2 / layersDims[l - 1]!)", "Math.sqrt(1 / layersDims[l - 1]!)"]],
  },
  {
    id: "no-sqrt",
    bug: "2 / n_{l−1} without the square root",
    edits: [["Math.sqrt(2 / layersDims[l - 1]!)", "2 / layersDims[l - 1]!"]],
  },
  {
    id: "generator-per-layer",
    bug: "a fresh RandomState(seed) for every layer",
    edits: [
      ["  const rng = new RandomState(seed);\n", ""],
      [
        "l < layersDims.length; l++) {\n",
        "l < layersDims.length; l++) {\n      const rng = new RandomState(seed);\n",
      ],
    ],
  },
  {
    id: "seed-ignored",
    bug: "always seeds 3, whatever the argument",
    edits: [["new RandomState(seed)", "new RandomState(3)"]],
  },
]);
