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
]);
