import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-reshape",
    bug: "returns tf.oneHot as it is: shape (1, C) for a label [k]",
    edits: [["tf.reshape(tf.oneHot(label, C), [C])", "tf.oneHot(label, C)"]],
  },
  {
    id: "depth-six",
    bug: "always encodes six classes, whatever C",
    edits: [["tf.oneHot(label, C)", "tf.oneHot(label, 6)"]],
  },
  {
    id: "int32",
    bug: "returns tf.oneHot's int32 vector without the cast",
    edits: [['.cast("float32")', ""]],
  },
]);
