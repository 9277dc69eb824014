import { NotImplemented } from "@dlc/student-kit/check";
import type { WordToVecMap } from "../../src/word-vectors.ts";
import { cosineSimilarity } from "./cosine-similarity.ts";

/**
 * Completes "a is to b as c is to ___": the word w whose difference from c points the most
 * like b's difference from a, argmax_w cos(e_b − e_a, e_w − e_c). The three input words
 * are never the answer. Words are matched lower-cased, as the notebook does.
 *
 * @param wordA a word of the map (any case)
 * @param wordB a word of the map
 * @param wordC a word of the map
 * @param wordToVecMap word → vector (n numbers each)
 * @returns the best word, or "" when the map holds no other word
 */
export function completeAnalogy(
  wordA: string,
  wordB: string,
  wordC: string,
  wordToVecMap: WordToVecMap,
): string {
  // TODO: lower-case the words, then return the word w (not a, b or c) maximising cos(e_b − e_a, e_w − e_c).
  throw new NotImplemented("completeAnalogy");
}
