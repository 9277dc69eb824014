/**
 * What the checks of assignment 02 share: random character-RNN weights, names and gradients
 * from the check's generator, and comparisons of float64 matrices and sampled names that
 * name the worst element or the first differing character.
 */
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import type { CharRnnGradients, CharRnnParameters } from "../../src/char-rnn.ts";
import { randnMatrix, randnParameters } from "../../src/char-rnn-cases.ts";
import { DINO_CHARS } from "../../src/dinosaur-names.ts";
import type { Matrix } from "../../src/matrix.ts";

export const GRADIENT_KEYS = ["dWax", "dWaa", "dWya", "db", "dby"] as const;
export const PARAMETER_KEYS = ["Wax", "Waa", "Wya", "b", "by"] as const;

const describeValue = (v: unknown) =>
  Array.isArray(v) ? `an array of ${v.length}` : v === null ? "null" : typeof v;

/**
 * Asserts a Matrix of expected's shape whose every element is within
 * `atol + rtol·|expected|`; names the worst element otherwise.
 */
export function expectMatrix(
  what: string,
  actual: unknown,
  expected: Matrix,
  { rtol = 1e-7, atol = 1e-10 } = {},
): asserts actual is Matrix {
  const rows = expected.length;
  const cols = expected[0]!.length;
  if (!Array.isArray(actual) || actual.length !== rows)
    throw new CheckError(
      `${what} should be a [${rows}, ${cols}] Matrix (${rows} rows), got ${describeValue(actual)}`,
    );
  let worst: { i: number; j: number; excess: number; got: unknown } | undefined;
  for (let i = 0; i < rows; i++) {
    const row = actual[i];
    if (!Array.isArray(row) || row.length !== cols)
      throw new CheckError(
        `${what} should be [${rows}, ${cols}]: row ${i} should hold ${cols} numbers, got ${describeValue(row)}`,
      );
    for (let j = 0; j < cols; j++) {
      const e = expected[i]![j]!;
      const a = row[j];
      const excess =
        typeof a === "number" && !Number.isNaN(a)
          ? Math.abs(a - e) - (atol + rtol * Math.abs(e))
          : Number.POSITIVE_INFINITY;
      if (excess > 0 && (!worst || excess > worst.excess)) worst = { i, j, excess, got: a };
    }
  }
  if (worst)
    throw new CheckError(
      `${what} [${rows}, ${cols}] differs: worst at [${worst.i}][${worst.j}], expected ${expected[worst.i]![worst.j]}, got ${worst.got}`,
    );
}

/** Asserts an object with the five gradients, each matching the reference's. */
export function expectGradients(
  what: string,
  actual: unknown,
  expected: CharRnnGradients,
  tolerance?: { rtol?: number; atol?: number },
): void {
  if (typeof actual !== "object" || actual === null || Array.isArray(actual))
    throw new CheckError(
      `${what} should be an object { dWax, dWaa, dWya, db, dby }, got ${describeValue(actual)}`,
    );
  for (const key of GRADIENT_KEYS)
    expectMatrix(
      `${what}.${key}`,
      (actual as Record<string, unknown>)[key],
      expected[key],
      tolerance,
    );
}

/** Asserts an object with the five weights, each matching the reference's. */
export function expectParameters(
  what: string,
  actual: unknown,
  expected: CharRnnParameters,
  tolerance?: { rtol?: number; atol?: number },
): asserts actual is CharRnnParameters {
  if (typeof actual !== "object" || actual === null || Array.isArray(actual))
    throw new CheckError(
      `${what} should be an object { Wax, Waa, Wya, b, by }, got ${describeValue(actual)}`,
    );
  for (const key of PARAMETER_KEYS)
    expectMatrix(
      `${what}.${key}`,
      (actual as Record<string, unknown>)[key],
      expected[key],
      tolerance,
    );
}

/**
 * Asserts the five weights of a model with n_a hidden units over 27 characters, finite numbers
 * of the right shapes (before a check spends time training the reference).
 */
export function expectParameterShapes(what: string, actual: unknown, nA: number): void {
  if (typeof actual !== "object" || actual === null || Array.isArray(actual))
    throw new CheckError(
      `${what} should be an object { Wax, Waa, Wya, b, by }, got ${describeValue(actual)}`,
    );
  const shapes = { Wax: [nA, 27], Waa: [nA, nA], Wya: [27, nA], b: [nA, 1], by: [27, 1] } as const;
  for (const [key, [rows, cols]] of Object.entries(shapes)) {
    const m = (actual as Record<string, unknown>)[key];
    const ok =
      Array.isArray(m) &&
      m.length === rows &&
      m.every((row) => Array.isArray(row) && row.length === cols && row.every(Number.isFinite));
    if (!ok)
      throw new CheckError(
        `${what}.${key} should be a [${rows}, ${cols}] Matrix of finite numbers`,
      );
  }
}

/** A sampled name as text, '\n' shown as ⏎. */
export function spell(indices: readonly unknown[]): string {
  return indices
    .map((ix) => (typeof ix === "number" ? (DINO_CHARS[ix] ?? "?") : "?"))
    .join("")
    .replaceAll("\n", "⏎");
}

/** Asserts the same sampled indices as the reference's; names the first draw that differs. */
export function expectIndices(what: string, actual: unknown, expected: number[]): void {
  if (!Array.isArray(actual))
    throw new CheckError(`${what} should be an array of indices, got ${describeValue(actual)}`);
  const n = Math.max(actual.length, expected.length);
  for (let t = 0; t < n; t++) {
    if (actual[t] !== expected[t])
      throw new CheckError(
        `${what}: draw ${t} is ${actual[t] ?? "missing"}, expected ${expected[t] ?? "none"} ` +
          `(sampled "${spell(actual)}", expected "${spell(expected)}", ${expected.length} indices)`,
      );
  }
}

/** Random weights for a vocabulary of `vocabSize`, n_a hidden units, every entry randn · scale. */
export function randomParameters(
  rng: RandomState,
  nA: number,
  vocabSize = 27,
  scale = 1,
): CharRnnParameters {
  return randnParameters(rng, nA, vocabSize, scale);
}

/** Random gradients shaped for (n_a, vocabSize), entries randn · scale. */
export function randomGradients(
  rng: RandomState,
  nA: number,
  vocabSize: number,
  scale: number,
): CharRnnGradients {
  return {
    dWax: randnMatrix(rng, nA, vocabSize, scale),
    dWaa: randnMatrix(rng, nA, nA, scale),
    dWya: randnMatrix(rng, vocabSize, nA, scale),
    db: randnMatrix(rng, nA, 1, scale),
    dby: randnMatrix(rng, vocabSize, 1, scale),
  };
}

/** A random training pair for one name of `length` characters: X = [null, …], Y = X[1:] + [0]. */
export function randomName(
  rng: RandomState,
  length: number,
): { X: (number | null)[]; Y: number[] } {
  const chars = Array.from({ length }, () => rng.randint(1, 27));
  return { X: [null, ...chars], Y: [...chars, 0] };
}
