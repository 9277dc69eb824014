/**
 * What the checks of 04-word-vectors share: the course's embedding (generated once), random
 * vectors and axes from a check's generator, and the comparison of a returned vector.
 */

import { between } from "@dlc/grader/checks";
import { CheckError, expectPlain, type RandomState } from "@dlc/student-kit/check";
import { type WordToVecMap, type WordVector, wordVectors } from "../../src/word-vectors.ts";

let cached: WordToVecMap | undefined;

/** The course's embedding, seed 1 (a fresh copy for every caller, so no check sees another's edits). */
export function embedding(): WordToVecMap {
  cached ??= wordVectors(1);
  return structuredClone(cached);
}

/** n standard normals times `scale`. */
export function randomVector(rng: RandomState, n: number, scale = 1): WordVector {
  return Array.from(rng.randn(n), (v) => v * scale);
}

/** A word of the map, drawn by the check's generator. */
export function someWord(rng: RandomState, map: WordToVecMap): string {
  const words = Object.keys(map);
  return words[between(rng, 0, words.length - 1)]!;
}

export function dot(u: WordVector, v: WordVector): number {
  return u.reduce((s, x, i) => s + x * v[i]!, 0);
}

/** Asserts an array of n finite numbers (a word vector). */
export function expectWordVector(
  what: string,
  actual: unknown,
  n: number,
): asserts actual is WordVector {
  if (!Array.isArray(actual) || !actual.every((x) => typeof x === "number" && Number.isFinite(x)))
    throw new CheckError(
      `${what} should be an array of ${n} finite numbers (a word vector), got ${
        Array.isArray(actual) ? "an array holding something else" : typeof actual
      }`,
    );
  if (actual.length !== n)
    throw new CheckError(`${what} has ${actual.length} numbers, expected ${n}`);
}

/** Asserts an array of finite numbers, each within tolerance of `expected`. */
export function expectVector(
  what: string,
  actual: unknown,
  expected: WordVector,
  options: { rtol?: number; atol?: number } = { rtol: 1e-5, atol: 1e-6 },
): asserts actual is WordVector {
  expectWordVector(what, actual, expected.length);
  expectPlain(what, actual, expected, options);
}
