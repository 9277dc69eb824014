import { NotImplemented } from "@dlc/student-kit/check";
import type { WordToVecMap, WordVector } from "../../src/word-vectors.ts";

/**
 * Equalizes a pair of gendered words (actor, actress): moves them so they differ only along
 * the bias axis, symmetrically about the subspace orthogonal to it, so that any neutral word
 * is equally far from both. With μ the pair's mean and μ_B, e_wB the projections on the axis:
 *
 *   μ⊥ = μ − μ_B,  corrected_e_wB = √|1 − ‖μ⊥‖²| · (e_wB − μ_B) / ‖(e_w − μ⊥) − μ_B‖,
 *   e = corrected_e_wB + μ⊥   (for each word of the pair).
 *
 * @param pair two words of the map, [male, female] as the notebook's ("man", "woman")
 * @param biasAxis the bias axis g, n numbers
 * @param wordToVecMap word → vector (n numbers each, of length about 1)
 * @returns e1, e2: the equalized vectors of pair[0] and pair[1], n numbers each
 */
export function equalize(
  pair: [string, string],
  biasAxis: WordVector,
  wordToVecMap: WordToVecMap,
): { e1: WordVector; e2: WordVector } {
  // TODO: μ, μ_B, μ⊥, e_w1B, e_w2B, the corrected projections, then e1, e2 = corrected + μ⊥.
  throw new NotImplemented("equalize");
}
