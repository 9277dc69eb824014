import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "stride-on-middle",
    bug: "puts the stride on the middle f×f convolution instead of the first",
    edits: [
      ['conv(F1, 1, s, "valid")', 'conv(F1, 1, 1, "valid")'],
      ['conv(F2, f, 1, "same")', 'conv(F2, f, s, "same")'],
    ],
  },
  {
    id: "shortcut-without-norm",
    bug: "forgets the shortcut's batch norm",
    edits: [
      [
        'const shortcut = bn(conv(F3, 1, s, "valid").apply(X) as BlockInput);',
        'const shortcut = conv(F3, 1, s, "valid").apply(X) as BlockInput;',
      ],
    ],
  },
]);
