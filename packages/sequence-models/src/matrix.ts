/**
 * Float64 matrices as numpy prints them, for assignment 02 (the dinosaur-name language model),
 * which works in numpy's float64 like its notebook: sampling draws from probabilities, and
 * float32 tensors move a draw across a boundary often enough to change a sampled name (on the
 * notebook's own example, the 19th character). A `Matrix` is a list of rows, `W[i][j]`; a
 * column vector of n numbers is n rows of one, `[[v0], [v1], …]`, as numpy's `(n, 1)` arrays.
 */

/** Rows of numbers, all the same length: `[rows, cols]`. */
export type Matrix = number[][];

/** `np.zeros((rows, cols))`. */
export function zeros(rows: number, cols: number): Matrix {
  const out: Matrix = [];
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) row.push(0);
    out.push(row);
  }
  return out;
}

/** `[rows, cols]` of m. */
function shapeOf(m: Matrix): [number, number] {
  return [m.length, m[0]?.length ?? 0];
}

/**
 * The matrix product `np.dot(a, b)`.
 * @param a [n, k]
 * @param b [k, m]
 * @returns [n, m]
 */
export function dot(a: Matrix, b: Matrix): Matrix {
  const [n, k] = shapeOf(a);
  const [k2, m] = shapeOf(b);
  if (k !== k2) throw new RangeError(`dot: shapes [${n}, ${k}] and [${k2}, ${m}] do not align`);
  const out = zeros(n, m);
  for (let i = 0; i < n; i++) {
    const ai = a[i]!;
    const oi = out[i]!;
    for (let p = 0; p < k; p++) {
      const aip = ai[p]!;
      if (aip === 0) continue;
      const bp = b[p]!;
      for (let j = 0; j < m; j++) oi[j]! += aip * bp[j]!;
    }
  }
  return out;
}

/** Element-wise `f(a[i][j], b[i][j])` of two matrices of one shape. */
function zipWith(a: Matrix, b: Matrix, f: (x: number, y: number) => number): Matrix {
  const [r, c] = shapeOf(a);
  const [r2, c2] = shapeOf(b);
  if (r !== r2 || c !== c2)
    throw new RangeError(`element-wise: shapes [${r}, ${c}] and [${r2}, ${c2}] differ`);
  const out = zeros(r, c);
  for (let i = 0; i < r; i++) {
    const ai = a[i]!;
    const bi = b[i]!;
    const oi = out[i]!;
    for (let j = 0; j < c; j++) oi[j] = f(ai[j]!, bi[j]!);
  }
  return out;
}

/** The element-wise sum of matrices of one shape, `a + b + …`. */
export function add(first: Matrix, ...rest: Matrix[]): Matrix {
  return rest.reduce((sum, m) => zipWith(sum, m, (x, y) => x + y), first);
}

/** `f` applied to every element, as a numpy ufunc (`np.tanh(m)` is `map(m, Math.tanh)`). */
export function map(m: Matrix, f: (x: number) => number): Matrix {
  return m.map((row) => row.map((x) => f(x)));
}

/**
 * The notebook's `softmax`: `e^(x − max x) / Σ e^(x − max x)` over each column (the maximum
 * of each column subtracted first, so large logits do not overflow).
 * @param x logits, [n, m]
 * @returns probabilities, [n, m], every column summing to 1
 */
export function softmax(x: Matrix): Matrix {
  const [n, m] = shapeOf(x);
  const out = zeros(n, m);
  for (let j = 0; j < m; j++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) max = Math.max(max, x[i]![j]!);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = Math.exp(x[i]![j]! - max);
      out[i]![j] = e;
      sum += e;
    }
    for (let i = 0; i < n; i++) out[i]![j]! /= sum;
  }
  return out;
}
