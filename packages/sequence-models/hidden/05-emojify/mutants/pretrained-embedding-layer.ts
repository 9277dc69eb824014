import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "trainable",
    bug: "leaves the embedding trainable, so training would move the pretrained vectors",
    edits: [["trainable: false,", "trainable: true,"]],
  },
  {
    id: "rows-shifted",
    bug: "writes word i's vector at row i − 1 (forgets that row 0 is padding)",
    edits: [["index * embDim", "(index - 1) * embDim"]],
  },
  {
    id: "no-weights",
    bug: "never sets the matrix: the layer starts from random vectors",
    edits: [["    weights: [tf.tensor2d(embMatrix, [vocabLen, embDim])],\n", ""]],
  },
]);
