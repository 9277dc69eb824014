import { NotImplemented } from "@dlc/student-kit/check";
import type { WordToVecMap, WordVector } from "../../src/word-vectors.ts";

/**
 * Removes a word's bias: subtracts the projection of its vector e on the bias axis g,
 * e_biascomponent = (e·g / ‖g‖²) g, so what is left is orthogonal to g.
 *
 * @param word a word of the map
 * @param g the bias axis, n numbers (any length, not only 1)
 * @param wordToVecMap word → vector (n numbers each)
 * @returns e_debiased = e − e_biascomponent, n numbers
 */
export function neutralize(word: string, g: WordVector, wordToVecMap: WordToVecMap): WordVector {
  // TODO: e − (e·g / ‖g‖²) g, with e the word's vector.
  throw new NotImplemented("neutralize");
}
