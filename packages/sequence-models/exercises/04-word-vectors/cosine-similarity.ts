import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: return 1 if u equals v, 0 if ‖u‖·‖v‖ is 0, else u·v / (‖u‖ ‖v‖).
  throw new NotImplemented("cosineSimilarity");
}
