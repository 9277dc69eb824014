/**
 * The notebook's test inputs for assignment 02, drawn as it draws them
 * (`np.random.seed(s)` then `np.random.randn(...)` in order), so the public tests and the
 * hidden checks compare with its printed numbers.
 */
import { RandomState } from "@dlc/student-kit/check";
import type { CharRnnGradients, CharRnnParameters } from "./char-rnn.ts";
import type { Matrix } from "./matrix.ts";

/** `rows × cols` standard normals, times `scale`, from `rng`'s stream, in C order. */
export function randnMatrix(rng: RandomState, rows: number, cols: number, scale = 1): Matrix {
  const values = rng.randn(rows, cols);
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => values[i * cols + j]! * scale),
  );
}

/** Random weights in the notebook's order: Wax, Waa, Wya, b, by (each `randn · scale`). */
export function randnParameters(
  rng: RandomState,
  nA: number,
  vocabSize: number,
  scale = 1,
): CharRnnParameters {
  const Wax = randnMatrix(rng, nA, vocabSize, scale);
  const Waa = randnMatrix(rng, nA, nA, scale);
  const Wya = randnMatrix(rng, vocabSize, nA, scale);
  const b = randnMatrix(rng, nA, 1, scale);
  const by = randnMatrix(rng, vocabSize, 1, scale);
  return { Wax, Waa, Wya, b, by };
}

/** The notebook's `clip` test: seed 3, dWax (5,3), dWaa (5,5), dWya (2,5), db (5,1), dby (2,1), all × 10. */
export function clipTestCase(): CharRnnGradients {
  const rng = new RandomState(3);
  const dWax = randnMatrix(rng, 5, 3, 10);
  const dWaa = randnMatrix(rng, 5, 5, 10);
  const dWya = randnMatrix(rng, 2, 5, 10);
  const db = randnMatrix(rng, 5, 1, 10);
  const dby = randnMatrix(rng, 2, 1, 10);
  return { dWax, dWaa, dWya, db, dby };
}

/** The notebook's `sample` test: seed 24, n_a = 100, vocabulary 27, weights randn (not scaled). */
export function sampleTestCase(): CharRnnParameters {
  return randnParameters(new RandomState(24), 100, 27);
}

/**
 * The notebook's `optimize` test: seed 1, a_prev randn (100, 1) first, then the weights;
 * X = [12, 3, 5, 11, 22, 3], Y = [4, 14, 11, 22, 25, 26].
 */
export function optimizeTestCase(): {
  X: number[];
  Y: number[];
  aPrev: Matrix;
  parameters: CharRnnParameters;
} {
  const rng = new RandomState(1);
  const aPrev = randnMatrix(rng, 100, 1);
  return {
    X: [12, 3, 5, 11, 22, 3],
    Y: [4, 14, 11, 22, 25, 26],
    aPrev,
    parameters: randnParameters(rng, 100, 27),
  };
}
