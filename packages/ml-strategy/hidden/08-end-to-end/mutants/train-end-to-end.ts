import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-one-over-m",
    bug: "dW without 1/m",
    edits: [
      ["const dW = dZ.matMul(X, false, true).div(m);", "const dW = dZ.matMul(X, false, true);"],
    ],
  },
  {
    id: "ascent",
    bug: "steps up the gradient: W += α·dW",
    edits: [["W.sub(dW.mul(learningRate))", "W.add(dW.mul(learningRate))"]],
  },
  {
    id: "bias-never-updated",
    bug: "updates W but leaves b at 0",
    edits: [["b.sub(db.mul(learningRate))", "b.clone()"]],
  },
  {
    id: "cost-every-step",
    bug: "records the cost at every step",
    edits: [["if (i % 100 === 0) {", "{"]],
  },
]);
