import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "plus",
    bug: "w updated with + instead of −",
    edits: [["current.sub(step.grads.dw", "current.add(step.grads.dw"]],
  },
  {
    id: "b-not-updated",
    bug: "b is never updated",
    edits: [["b -= learningRate * step.grads.db;", ""]],
  },
  {
    id: "cost-every-10",
    bug: "records the cost every 10 iterations",
    edits: [["i % 100 === 0", "i % 10 === 0"]],
  },
]);
