import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "decay-without-m",
    bug: "dW += λ·W, without the 1/m",
    edits: [["const decay = lambd / m;", "const decay = lambd;"]],
  },
  {
    id: "decay-halved",
    bug: "dW += λ/(2m)·W: the cost's factor copied instead of differentiated",
    edits: [["const decay = lambd / m;", "const decay = lambd / (2 * m);"]],
  },
  {
    id: "layer-2-not-decayed",
    bug: "the regularization term forgotten on dW2",
    edits: [[".div(m).add(W2.mul(decay))", ".div(m)"]],
  },
  {
    id: "bias-decayed",
    bug: "the biases regularized too: db3 += (λ/m)·b3",
    edits: [
      [
        "const db3 = dZ3.sum(1, true).div(m);",
        "const db3 = dZ3.sum(1, true).div(m).add(cache.b3.mul(decay));",
      ],
    ],
  },
]);
