import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "relu-before-add",
    bug: "applies the last ReLU before adding the shortcut",
    edits: [
      [
        '  Y = bn(conv(F3, 1, "valid").apply(Y) as BlockInput);\n  return relu(tf.layers.add().apply([Y, XShortcut] as tf.SymbolicTensor[]) as BlockInput);',
        '  Y = relu(bn(conv(F3, 1, "valid").apply(Y) as BlockInput));\n  return tf.layers.add().apply([Y, XShortcut] as tf.SymbolicTensor[]) as BlockInput;',
      ],
    ],
  },
  {
    id: "middle-valid",
    bug: "pads the middle f×f convolution 'valid', so the shortcut no longer fits",
    edits: [['conv(F2, f, "same")', 'conv(F2, f, "valid")']],
  },
]);
