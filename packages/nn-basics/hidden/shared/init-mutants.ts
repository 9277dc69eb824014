// Mutants of initializeParameters (assignments 03 and 04 share the solution's text).
import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-scale",
    bug: "W1 without the 0.01 scale",
    edits: [["randnTensor(rng, [nH, nX]).mul(0.01)", "randnTensor(rng, [nH, nX])"]],
  },
  {
    id: "transposed",
    bug: "W1 drawn as (nX, nH) and transposed",
    edits: [
      ["randnTensor(rng, [nH, nX]).mul(0.01)", "randnTensor(rng, [nX, nH]).mul(0.01).transpose()"],
    ],
  },
]);
