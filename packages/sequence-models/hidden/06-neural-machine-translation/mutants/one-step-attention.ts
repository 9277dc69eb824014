import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "softmax-wrong-axis",
    bug: "takes tfjs's own softmax layer (the last axis, of size 1) instead of the activator's softmax over time",
    edits: [
      [
        "const alphas = activator.apply(energies)",
        "const alphas = tf.layers.softmax({ axis: -1 }).apply(energies)",
      ],
      ['import type * as tf from "@tensorflow/tfjs";', 'import * as tf from "@tensorflow/tfjs";'],
    ],
  },
  {
    id: "no-s-prev",
    bug: "forgets to concatenate s_prev: the energies see only a",
    edits: [["densor1.apply(concat)", "densor1.apply(a)"]],
  },
  {
    id: "concat-order",
    bug: "concatenates [s_prev repeated, a] instead of [a, s_prev repeated]",
    edits: [["concatenator.apply([a, sPrevRepeated])", "concatenator.apply([sPrevRepeated, a])"]],
  },
  {
    id: "activations-swapped",
    bug: "applies densor2 (relu) before densor1 (tanh)",
    edits: [
      ["const e = densor1.apply(concat)", "const e = densor2.apply(concat)"],
      ["const energies = densor2.apply(e)", "const energies = densor1.apply(e)"],
    ],
  },
]);
