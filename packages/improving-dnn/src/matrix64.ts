/**
 * Small float64 matrix helpers for the gradient-checking assignment, which works in plain
 * JavaScript numbers (float64, like numpy) instead of float32 tensors: a centered difference
 * with ε = 1e-7 needs float64 (see exercises/03-gradient-checking/README.md).
 *
 * A `Matrix` is an array of rows, `number[][]`, [rows, cols], like a 2-D numpy array. The
 * helpers never modify their arguments; they return new arrays.
 */

/** A float64 matrix as an array of rows: `A[i][j]`, [rows, cols]. */
export type Matrix = number[][];

/** [rows, cols] of `A` (a matrix with no rows is [0, 0]). */
export function shapeOf(A: Matrix): [number, number] {
  return [A.length, A[0]?.length ?? 0];
}

/** The [rows, cols] matrix whose entries are `values` in row-major (C) order, like numpy's reshape. */
export function fromValues(rows: number, cols: number, values: ArrayLike<number>): Matrix {
  if (values.length !== rows * cols)
    throw new RangeError(`fromValues: ${values.length} values for shape [${rows}, ${cols}]`);
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => values[i * cols + j]!),
  );
}

/** The matrix product A·B: [n, k]·[k, m] → [n, m] (numpy's `np.dot` of 2-D arrays). */
export function dot(A: Matrix, B: Matrix): Matrix {
  const [n, k] = shapeOf(A);
  const [k2, m] = shapeOf(B);
  if (k !== k2) throw new RangeError(`dot: shapes [${n}, ${k}] and [${k2}, ${m}] do not align`);
  return A.map((row) =>
    Array.from({ length: m }, (_, j) => {
      let s = 0;
      for (let t = 0; t < k; t++) s += row[t]! * B[t]![j]!;
      return s;
    }),
  );
}

/** Aᵀ: [n, m] → [m, n]. */
export function transpose(A: Matrix): Matrix {
  const [n, m] = shapeOf(A);
  return Array.from({ length: m }, (_, j) => Array.from({ length: n }, (_, i) => A[i]![j]!));
}

/** f applied to every entry: `map(Z, (z) => Math.max(0, z))` is relu. */
export function map(A: Matrix, f: (value: number) => number): Matrix {
  return A.map((row) => row.map((v) => f(v)));
}

/**
 * f applied entry by entry to A and B, [n, m] each; B may also be a column [n, 1], used for
 * every column of A (numpy's broadcasting of a bias `b` [n, 1]).
 */
export function zip(A: Matrix, B: Matrix, f: (a: number, b: number) => number): Matrix {
  const [n, m] = shapeOf(A);
  const [bn, bm] = shapeOf(B);
  if (bn !== n || (bm !== m && bm !== 1))
    throw new RangeError(`shapes [${n}, ${m}] and [${bn}, ${bm}] do not broadcast`);
  return A.map((row, i) => row.map((a, j) => f(a, B[i]![bm === 1 ? 0 : j]!)));
}

/** A + B, B [n, m] or a column [n, 1] added to every column (Z = W·A + b). */
export function add(A: Matrix, B: Matrix): Matrix {
  return zip(A, B, (a, b) => a + b);
}

/** A − B, B [n, m] or a column [n, 1]. */
export function sub(A: Matrix, B: Matrix): Matrix {
  return zip(A, B, (a, b) => a - b);
}

/** A ∗ B entry by entry (numpy's `np.multiply`), B [n, m] or a column [n, 1]. */
export function mul(A: Matrix, B: Matrix): Matrix {
  return zip(A, B, (a, b) => a * b);
}

/** s·A. */
export function scale(A: Matrix, s: number): Matrix {
  return map(A, (v) => s * v);
}

/** The sum of all entries (`np.sum(A)`). */
export function sum(A: Matrix): number {
  let s = 0;
  for (const row of A) for (const v of row) s += v;
  return s;
}

/** The sum of each row, as a column [n, 1] (`np.sum(A, axis=1, keepdims=True)`). */
export function sumRows(A: Matrix): Matrix {
  return A.map((row) => [row.reduce((s, v) => s + v, 0)]);
}

/** The Euclidean norm ‖v‖₂ of a vector (`np.linalg.norm`). */
export function norm(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}
