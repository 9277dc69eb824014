import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "returns-theta", bug: "dθ = θ", edits: [["  return x;", "  return theta;"]] },
  {
    id: "returns-j",
    bug: "returns J = θ·x instead of its derivative",
    edits: [["  return x;", "  return theta * x;"]],
  },
]);
