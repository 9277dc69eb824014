import * as tf from "@tensorflow/tfjs";
import type { WordToVecMap } from "../../src/word-vectors.ts";

/**
 * A frozen Embedding layer holding the pretrained vectors: row i of its matrix is the vector of
 * the word whose index is i, row 0 (padding) is zeros. vocabLen = N + 1 rows (indices run 1…N),
 * embDim columns. tfjs takes the matrix as the layer's initial `weights` (Keras builds the
 * layer, then calls `set_weights`).
 *
 * @param wordToVecMap word → vector (embDim numbers each)
 * @param wordToIndex word → index in 1…N
 * @returns Embedding(vocabLen, embDim), trainable = false: [m, maxLen] indices → [m, maxLen, embDim]
 */
export function pretrainedEmbeddingLayer(
  wordToVecMap: WordToVecMap,
  wordToIndex: Record<string, number>,
): tf.layers.Layer {
  const vocabLen = Object.keys(wordToIndex).length + 1;
  const embDim = Object.values(wordToVecMap)[0]!.length;
  const embMatrix = new Float32Array(vocabLen * embDim);
  for (const [word, index] of Object.entries(wordToIndex))
    embMatrix.set(wordToVecMap[word]!, index * embDim);
  return tf.layers.embedding({
    inputDim: vocabLen,
    outputDim: embDim,
    trainable: false,
    weights: [tf.tensor2d(embMatrix, [vocabLen, embDim])],
  });
}
