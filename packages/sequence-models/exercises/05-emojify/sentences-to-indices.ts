import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Turns sentences into rows of word indices, the input of an Embedding layer. Each sentence
 * is lower-cased and split on whitespace; its known words' indices fill the row from the left
 * (unknown words are skipped), the rest stays 0 (padding).
 *
 * @param X m sentences of at most maxLen known words
 * @param wordToIndex word → index in 1…N
 * @param maxLen the row length
 * @returns X_indices [m, maxLen], float32 as the notebook's np.zeros
 */
export function sentencesToIndices(
  X: string[],
  wordToIndex: Record<string, number>,
  maxLen: number,
): tf.Tensor2D {
  // TODO: a [m, maxLen] float32 tensor: each sentence's known words' indices from the left, 0 after.
  throw new NotImplemented("sentencesToIndices");
}
