import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "forgotten-bias",
    bug: "a_next = tanh(Waa·a_prev + Wax·xt) without + ba",
    edits: [
      [
        "tf.matMul(Waa, aPrev).add(tf.matMul(Wax, xt)).add(ba)",
        "tf.matMul(Waa, aPrev).add(tf.matMul(Wax, xt))",
      ],
    ],
  },
  {
    id: "sigmoid-for-tanh",
    bug: "the hidden state through sigmoid instead of tanh",
    edits: [["tf.tanh(tf.matMul(Waa, aPrev)", "tf.sigmoid(tf.matMul(Waa, aPrev)"]],
  },
  {
    id: "softmax-over-examples",
    bug: "tf.softmax over the last axis (the m examples) instead of axis 0",
    edits: [
      [
        "softmax(tf.matMul(Wya, a).add(by))",
        "tf.softmax(tf.matMul(Wya, a).add(by)) as tf.Tensor2D",
      ],
    ],
  },
  {
    id: "naive-softmax",
    bug: "exp(z) / Σ exp(z) without subtracting the maximum: NaN for large logits",
    edits: [
      [
        "softmax(tf.matMul(Wya, a).add(by))",
        "tf.exp(tf.matMul(Wya, a).add(by)).div(tf.exp(tf.matMul(Wya, a).add(by)).sum(0)) as tf.Tensor2D",
      ],
    ],
  },
]);
