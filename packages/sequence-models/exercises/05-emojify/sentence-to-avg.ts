import { NotImplemented } from "@dlc/student-kit/check";
import type { WordToVecMap, WordVector } from "../../src/word-vectors.ts";

/**
 * The average of the word vectors of a sentence's known words: the sentence's meaning as one
 * vector. The sentence is lower-cased and split on whitespace; words missing from the map are
 * skipped.
 *
 * @param sentence a sentence, e.g. "I love you"
 * @param wordToVecMap word → vector (n_h numbers each)
 * @returns avg, n_h numbers: the mean of the known words' vectors, zeros if no word is known
 */
export function sentenceToAvg(sentence: string, wordToVecMap: WordToVecMap): WordVector {
  // TODO: lower-case, split on whitespace, average the vectors of the words in the map (zeros of the vectors' length if none).
  throw new NotImplemented("sentenceToAvg");
}
