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
    id: "masks-not-passed",
    bug: "the decoder layers get neither mask",
    edits: [["{ ...kwargs, training }", "{ training }"]],
  },
  {
    id: "weights-order",
    bug: "each layer's encoder-attention weights listed before its self-attention weights",
    edits: [["weights.push(w1!, w2!)", "weights.push(w2!, w1!)"]],
  },
  {
    id: "encoder-output-updated",
    bug: "each layer reads the previous layer's output as the encoder output too",
    edits: [["layer.apply([x, encOutput!]", "layer.apply([x, x]"]],
  },
]);
