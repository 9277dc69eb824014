import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "fixed-hidden-size",
    bug: "always 4 hidden units, ignoring nH",
    edits: [["initializeParameters(nX, nH, nY, seed)", "initializeParameters(nX, 4, nY, seed)"]],
  },
  {
    id: "ignores-seed",
    bug: "initialises without the seed it is given",
    edits: [["initializeParameters(nX, nH, nY, seed)", "initializeParameters(nX, nH, nY)"]],
  },
  {
    id: "extra-iteration",
    bug: "one iteration too many",
    edits: [["i < numIterations", "i <= numIterations"]],
  },
]);
