import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "concat-order",
    bug: "concatenates [xt; a_prev] instead of [a_prev; xt]",
    edits: [["tf.concat([aPrev, xt], 0)", "tf.concat([xt, aPrev], 0)"]],
  },
  {
    id: "no-forget-gate",
    bug: "c_next = c_prev + Γi ⊙ c̃, without the forget gate",
    edits: [["ft.mul(cPrev).add(it.mul(cct))", "cPrev.add(it.mul(cct))"]],
  },
  {
    id: "sigmoid-candidate",
    bug: "the candidate c̃ through sigmoid instead of tanh",
    edits: [["const cct = tf.tanh(", "const cct = sigmoid("]],
  },
  {
    id: "tanh-forget-gate",
    bug: "the forget gate through tanh instead of sigmoid",
    edits: [["const ft = sigmoid(", "const ft = tf.tanh("]],
  },
  {
    id: "forgotten-bias",
    bug: "the forget gate without its bias bf",
    edits: [["tf.matMul(Wf, concat).add(bf)", "tf.matMul(Wf, concat)"]],
  },
  {
    id: "a-without-tanh",
    bug: "a_next = Γo ⊙ c_next, without the tanh",
    edits: [["ot.mul(tf.tanh(cNext))", "ot.mul(cNext)"]],
  },
]);
