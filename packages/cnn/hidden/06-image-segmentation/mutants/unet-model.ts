import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "wrong-skip",
    bug: "joins the first decoder block to the third encoder block's skip connection",
    edits: [
      [
        "upsamplingBlock(cblock5.nextLayer, cblock4.skipConnection, nFilters * 8)",
        "upsamplingBlock(cblock5.nextLayer, cblock3.skipConnection, nFilters * 8)",
      ],
    ],
  },
  {
    id: "softmax-logits",
    bug: "puts a softmax on the last convolution (the loss expects logits)",
    edits: [
      [
        '.conv2d({ filters: nClasses, kernelSize: 1, padding: "same" })',
        '.conv2d({ filters: nClasses, kernelSize: 1, padding: "same", activation: "softmax" })',
      ],
    ],
  },
]);
