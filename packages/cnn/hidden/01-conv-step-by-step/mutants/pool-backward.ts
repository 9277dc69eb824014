import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "assign-not-add",
    bug: "overlapping windows overwrite each other's gradient instead of adding",
    edits: [
      [
        "dAPrev.set(dAPrev.get(...at) + values[r * f + s]!, ...at);",
        "dAPrev.set(values[r * f + s]!, ...at);",
      ],
    ],
  },
  {
    id: "modes-swapped",
    bug: "routes max pooling's gradient evenly and average pooling's to the maximum",
    edits: [
      [
        'if (mode === "average") return distributeValue',
        'if (mode === "max") return distributeValue',
      ],
    ],
  },
  {
    id: "window-ignores-stride",
    bug: "sends each gradient to the window at (h, w) instead of (h·stride, w·stride)",
    edits: [
      ["const vertStart = h * stride;", "const vertStart = h;"],
      ["const horizStart = w * stride;", "const horizStart = w;"],
    ],
  },
]);
