import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "softmax-feedback",
    bug: "feeds back the softmax probabilities instead of the one-hot of their argmax",
    edits: [["new OneHotArgmax({}).apply(out) as tf.SymbolicTensor", "out"]],
  },
  {
    id: "no-feedback",
    bug: "feeds x0 to every step",
    edits: [["    x = tf.layers.repeatVector({ n: 1 }).apply(oneHot) as tf.SymbolicTensor;\n", ""]],
  },
  {
    id: "one-step-short",
    bug: "runs Ty − 1 steps",
    edits: [["t < Ty;", "t < Ty - 1;"]],
  },
]);
