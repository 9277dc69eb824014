import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: a [vocabLen, embDim] matrix with row wordToIndex[w] = wordToVecMap[w], then tf.layers.embedding({ inputDim, outputDim, trainable: false, weights: [matrix] }).
  throw new NotImplemented("pretrainedEmbeddingLayer");
}
