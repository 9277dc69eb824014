import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "c0-is-a0",
    bug: "the memory starts at a0 instead of zeros",
    edits: [["let cNext = tf.zerosLike(a0) as tf.Tensor2D;", "let cNext = a0;"]],
  },
  {
    id: "memory-not-carried",
    bug: "c_next is never carried to the next step",
    edits: [["    cNext = step.cNext;\n", ""]],
  },
  {
    id: "state-not-carried",
    bug: "a_next is never carried to the next step",
    edits: [["    aNext = step.aNext;\n", ""]],
  },
]);
