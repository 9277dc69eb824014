import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "plus",
    bug: "J = θ + x instead of θ·x",
    edits: [["return theta * x;", "return theta + x;"]],
  },
  {
    id: "returns-x",
    bug: "returns x, the derivative, instead of J",
    edits: [["return theta * x;", "return x;"]],
  },
  {
    id: "squared",
    bug: "J = θ²·x",
    edits: [["return theta * x;", "return theta * theta * x;"]],
  },
]);
