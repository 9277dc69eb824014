import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: tf.input → your pretrainedEmbeddingLayer → lstm(returnSequences) → dropout(0.5) → lstm → dropout(0.5) → dense(5) → activation softmax; tf.model.
  throw new NotImplemented("emojifyV2");
}
