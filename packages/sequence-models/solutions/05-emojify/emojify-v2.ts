import * as tf from "@tensorflow/tfjs";
import { N_CLASSES } from "../../src/emoji-data.ts";
import type { WordToVecMap } from "../../src/word-vectors.ts";
import { pretrainedEmbeddingLayer } from "./pretrained-embedding-layer.ts";

/**
 * Emojifier V2: the sentence's word indices → the frozen pretrained embedding → LSTM(units,
 * returning every step) → Dropout(0.5) → LSTM(units, the last step only) → Dropout(0.5) →
 * Dense(5) → softmax.
 *
 * @param inputShape [maxLen]: the model reads [m, maxLen] indices (float32, as sentencesToIndices gives)
 * @param wordToVecMap word → vector (embDim numbers each)
 * @param wordToIndex word → index in 1…N
 * @param units each LSTM's hidden units (the notebook's 128; the checks use fewer)
 * @returns the model: [m, maxLen] → [m, 5] probabilities
 */
export function emojifyV2(
  inputShape: [number],
  wordToVecMap: WordToVecMap,
  wordToIndex: Record<string, number>,
  units = 128,
): tf.LayersModel {
  const sentenceIndices = tf.input({ shape: inputShape });
  const embeddings = pretrainedEmbeddingLayer(wordToVecMap, wordToIndex).apply(sentenceIndices);
  let X = tf.layers.lstm({ units, returnSequences: true }).apply(embeddings);
  X = tf.layers.dropout({ rate: 0.5 }).apply(X);
  X = tf.layers.lstm({ units, returnSequences: false }).apply(X);
  X = tf.layers.dropout({ rate: 0.5 }).apply(X);
  X = tf.layers.dense({ units: N_CLASSES }).apply(X);
  X = tf.layers.activation({ activation: "softmax" }).apply(X);
  return tf.model({ inputs: sentenceIndices, outputs: X as tf.SymbolicTensor });
}
