import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-softmax",
    bug: "the final dense layer without its softmax",
    edits: [['activation: "softmax"', 'activation: "linear"']],
  },
  {
    id: "encoder-padding-for-decoder",
    bug: "the decoder's attention over the encoder gets encPaddingMask instead of decPaddingMask",
    edits: [
      ["paddingMask: kwargs.decPaddingMask ?? null", "paddingMask: kwargs.encPaddingMask ?? null"],
    ],
  },
  {
    id: "no-look-ahead",
    bug: "the decoder's self-attention gets no look-ahead mask",
    edits: [["lookAheadMask: kwargs.lookAheadMask ?? null", "lookAheadMask: null"]],
  },
  {
    id: "encoder-unmasked",
    bug: "the encoder gets no padding mask",
    edits: [["mask: kwargs.encPaddingMask ?? null", "mask: null"]],
  },
]);
