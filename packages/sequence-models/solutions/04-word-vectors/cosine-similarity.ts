import type { WordVector } from "../../src/word-vectors.ts";

/**
 * How similar two word vectors are: the cosine of the angle between them,
 * u·v / (‖u‖ ‖v‖). 1 for vectors pointing the same way, 0 for orthogonal ones, −1 for
 * opposite ones; the length of either does not matter.
 *
 * @param u a word vector, n numbers
 * @param v a word vector, n numbers
 * @returns the cosine similarity in [−1, 1]: 1 when u and v are equal, 0 when either is all zeros
 */
export function cosineSimilarity(u: WordVector, v: WordVector): number {
  if (u.every((x, i) => x === v[i])) return 1;
  let dot = 0;
  let normU = 0;
  let normV = 0;
  for (let i = 0; i < u.length; i++) {
    dot += u[i]! * v[i]!;
    normU += u[i]! * u[i]!;
    normV += v[i]! * v[i]!;
  }
  const norms = Math.sqrt(normU) * Math.sqrt(normV);
  if (norms === 0) return 0;
  return dot / norms;
}
