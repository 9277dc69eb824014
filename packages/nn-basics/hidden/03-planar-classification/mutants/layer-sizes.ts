import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "nx-from-m",
    bug: "nX read from the number of examples",
    edits: [["nX: X.shape[0]!", "nX: X.shape[1]!"]],
  },
  {
    id: "ny-from-m",
    bug: "nY read from the number of examples",
    edits: [["nY: Y.shape[0]!", "nY: Y.shape[1]!"]],
  },
]);
