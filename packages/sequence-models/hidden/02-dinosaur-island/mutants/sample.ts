import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "argmax",
    bug: "takes the most likely character instead of drawing one",
    edits: [
      [
        "idx = rng.choice(vocabSize, probabilities);",
        "idx = probabilities.indexOf(Math.max(...probabilities));",
      ],
    ],
  },
  {
    id: "seed-without-counter",
    bug: "re-seeds with seed alone (seeds 0, 1, 2, … instead of the notebook's 0, 2, 4, …)",
    edits: [["rng.seed(counter + seed);", "rng.seed(seed);"]],
  },
  {
    id: "no-feedback",
    bug: "never feeds the drawn character back: x stays all zeros",
    edits: [["x[idx]![0] = 1;", ""]],
  },
  {
    id: "no-appended-newline",
    bug: "does not append '\\n' after 50 draws",
    edits: [["if (counter === 50) indices.push(newline);", ""]],
  },
]);
