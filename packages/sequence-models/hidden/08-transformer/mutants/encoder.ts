import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-sqrt-d",
    bug: "the embeddings are not scaled by √embeddingDim",
    edits: [[".mul(Math.sqrt(this.embeddingDim))", ""]],
  },
  {
    id: "no-positional-encoding",
    bug: "the positional encoding is never added",
    edits: [["x = x.add(this.posEncoding.slice([0, 0, 0], [1, seqLen, this.embeddingDim]));", ""]],
  },
  {
    id: "mask-not-passed",
    bug: "the encoder layers get no mask",
    edits: [["{ training, mask: kwargs.mask }", "{ training, mask: null }"]],
  },
  {
    id: "first-layer-only",
    bug: "every step applies the first layer (encLayers[0]) again",
    edits: [["x = layer.apply(", "x = this.encLayers[0]!.apply("]],
  },
]);
