import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "window-ignores-stride",
    bug: "starts each window at (h, w) instead of (h·stride, w·stride)",
    edits: [
      ["const vertStart = h * stride;", "const vertStart = h;"],
      ["const horizStart = w * stride;", "const horizStart = w;"],
    ],
  },
  {
    id: "size-rounds-up",
    bug: "output size with Math.ceil instead of Math.floor",
    edits: [
      [
        "const nH = Math.floor((nHPrev - f + 2 * pad) / stride) + 1;",
        "const nH = Math.ceil((nHPrev - f + 2 * pad) / stride) + 1;",
      ],
      [
        "const nW = Math.floor((nWPrev - f + 2 * pad) / stride) + 1;",
        "const nW = Math.ceil((nWPrev - f + 2 * pad) / stride) + 1;",
      ],
    ],
  },
  {
    id: "first-bias-for-all",
    bug: "adds the first filter's bias to every channel",
    edits: [["biases[c]!), i, h, w, c)", "biases[0]!), i, h, w, c)"]],
  },
]);
