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
  {
    id: "reports-costs-returns-start",
    bug: "reports the falling costs but returns the parameters it was given",
    edits: [
      [
        "return { params: { w: current, b }, grads, costs };",
        "return { params: { w: w.clone(), b: 0 }, grads, costs };",
      ],
    ],
  },
]);
