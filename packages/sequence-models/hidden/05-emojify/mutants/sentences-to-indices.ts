import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "advances-on-unknown",
    bug: "advances the position for unknown words too, leaving 0 holes in the row",
    edits: [
      [
        "if (!Object.hasOwn(wordToIndex, w) || j >= maxLen) continue;",
        "if (j >= maxLen) continue;\n      if (!Object.hasOwn(wordToIndex, w)) { j += 1; continue; }",
      ],
    ],
  },
  {
    id: "no-lower-case",
    bug: "does not lower-case the sentences",
    edits: [["sentence.toLowerCase().split", "sentence.split"]],
  },
  {
    id: "split-on-single-space",
    bug: "splits on single spaces, so double spaces give empty words",
    edits: [["split(/\\s+/)", 'split(" ")']],
  },
]);
