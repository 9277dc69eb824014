import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "sigmoid-hidden",
    bug: "sigmoid in the hidden layer instead of tanh",
    edits: [["tf.tanh(Z1)", "tf.sigmoid(Z1)"]],
  },
  {
    id: "no-b1",
    bug: "forgets the bias b1",
    edits: [["tf.matMul(W1, X).add(b1)", "tf.matMul(W1, X)"]],
  },
  {
    id: "tanh-output",
    bug: "tanh at the output instead of sigmoid",
    edits: [["tf.sigmoid(Z2)", "tf.tanh(Z2)"]],
  },
  {
    id: "tanh-from-exp",
    bug: "tanh as (e^z − e^−z) / (e^z + e^−z): ∞/∞ = NaN at large |z|",
    edits: [
      ["tf.tanh(Z1)", "tf.exp(Z1).sub(tf.exp(Z1.neg())).div(tf.exp(Z1).add(tf.exp(Z1.neg())))"],
    ],
  },
  {
    id: "sigmoid-from-exp",
    bug: "σ as e^z / (1 + e^z): ∞/∞ = NaN at large z",
    edits: [["tf.sigmoid(Z2)", "tf.exp(Z2).div(tf.exp(Z2).add(1))"]],
  },
]);
