import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "mode-ignored",
    bug: "always max-pools, whatever the mode",
    edits: [['mode === "max"\n', "true\n"]],
  },
  {
    id: "max-from-zero",
    bug: "starts the maximum at 0, so all-negative windows give 0",
    edits: [["Math.max(...window)", "Math.max(0, ...window)"]],
  },
  {
    id: "size-with-ceil",
    bug: "counts a last, partial window (Math.ceil), reading past the edge",
    edits: [
      [
        "const nH = Math.floor((nHPrev - f) / stride) + 1;",
        "const nH = Math.ceil((nHPrev - f) / stride) + 1;",
      ],
    ],
  },
]);
