import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "skips-only-c",
    bug: "skips only word_c, so a or b can be the answer",
    edits: [["new Set([a, b, c])", "new Set([c])"]],
  },
  {
    id: "no-skip",
    bug: "skips none of the input words",
    edits: [["if (inputWords.has(w)) continue;", ""]],
  },
  {
    id: "forgets-c",
    bug: "compares e_b − e_a with e_w instead of e_w − e_c",
    edits: [["eW.map((x, i) => x - eC[i]!)", "eW"]],
  },
  {
    id: "reversed-target",
    bug: "takes e_a − e_b instead of e_b − e_a",
    edits: [["eB.map((x, i) => x - eA[i]!)", "eA.map((x, i) => x - eB[i]!)"]],
  },
  {
    id: "case-sensitive",
    bug: "does not lower-case the input words",
    edits: [
      ["[wordA.toLowerCase(), wordB.toLowerCase(), wordC.toLowerCase()]", "[wordA, wordB, wordC]"],
    ],
  },
]);
