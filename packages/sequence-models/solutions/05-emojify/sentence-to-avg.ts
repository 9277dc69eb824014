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
  const words = sentence.toLowerCase().split(/\s+/);
  const known = words.filter((w) => Object.hasOwn(wordToVecMap, w));
  if (known.length === 0) return Object.values(wordToVecMap)[0]!.map(() => 0);
  const avg = wordToVecMap[known[0]!]!.map(() => 0);
  for (const w of known) {
    const e = wordToVecMap[w]!;
    for (let i = 0; i < avg.length; i++) avg[i]! += e[i]! / known.length;
  }
  return avg;
}
