import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-shuffle",
    bug: "trains on the names in the order given, without the seeded shuffle",
    edits: [["  new RandomState(0).shuffle(examples);\n", ""]],
  },
  {
    id: "state-not-carried",
    bug: "starts every name from a zero hidden state instead of the last name's",
    edits: [["aPrev = step.aPrev;", "aPrev = zeros(nA, 1);"]],
  },
  {
    id: "same-seed",
    bug: "samples every name with seed 0, so lastDinoName is the first name again",
    edits: [["sample(parameters, charToIx, seed)", "sample(parameters, charToIx, 0)"]],
  },
  {
    id: "no-newline-target",
    bug: "Y is X shifted without the final '\\n': the last step has nothing to predict",
    edits: [
      [
        'const Y = [...(X.slice(1) as number[]), charToIx["\\n"]!];',
        "const Y = [...(X.slice(1) as number[])];",
      ],
    ],
  },
]);
