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
  const [w1, w2] = pair;
  const eW1 = wordToVecMap[w1]!;
  const eW2 = wordToVecMap[w2]!;
  const dot = (u: WordVector, v: WordVector) => u.reduce((s, x, i) => s + x * v[i]!, 0);
  const project = (e: WordVector) =>
    biasAxis.map((x) => (dot(e, biasAxis) / dot(biasAxis, biasAxis)) * x);
  const mu = eW1.map((x, i) => (x + eW2[i]!) / 2);
  const muB = project(mu);
  const muOrth = mu.map((x, i) => x - muB[i]!);
  const correction = Math.sqrt(Math.abs(1 - dot(muOrth, muOrth)));
  const corrected = (e: WordVector) => {
    const eB = project(e);
    const rest = e.map((x, i) => x - muOrth[i]! - muB[i]!);
    const norm = Math.sqrt(dot(rest, rest));
    return eB.map((x, i) => (correction * (x - muB[i]!)) / norm);
  };
  const e1 = corrected(eW1).map((x, i) => x + muOrth[i]!);
  const e2 = corrected(eW2).map((x, i) => x + muOrth[i]!);
  return { e1, e2 };
}
