import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-lower-case",
    bug: "does not lower-case the sentence, so 'I' and 'Love' are unknown",
    edits: [["sentence.toLowerCase().split", "sentence.split"]],
  },
  {
    id: "divides-by-all-words",
    bug: "divides by the number of words, unknown ones included",
    edits: [["e[i]! / known.length", "e[i]! / words.length"]],
  },
  {
    id: "sums",
    bug: "sums the vectors instead of averaging them",
    edits: [["e[i]! / known.length", "e[i]!"]],
  },
  {
    id: "fixed-size",
    bug: "assumes 50 numbers per vector",
    edits: [["Object.values(wordToVecMap)[0]!.map(() => 0)", "new Array<number>(50).fill(0)"]],
  },
]);
