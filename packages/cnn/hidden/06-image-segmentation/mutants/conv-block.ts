import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "skip-after-pooling",
    bug: "keeps the pooled tensor as the skip connection",
    edits: [
      [
        "return { nextLayer, skipConnection: conv2 };",
        "return { nextLayer, skipConnection: nextLayer };",
      ],
    ],
  },
  {
    id: "dropout-always",
    bug: "adds the dropout layer even when dropoutProb is 0",
    edits: [["  if (dropoutProb > 0)\n    conv2 =", "  conv2 ="]],
  },
  {
    id: "valid-padding",
    bug: "pads the convolutions 'valid'",
    edits: [['padding: "same",', 'padding: "valid",']],
  },
]);
