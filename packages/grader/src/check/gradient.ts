/**
 * Gradient checking in float32, with the thresholds measured in
 * `shared/docs/platform-notes.md` (section 3):
 *
 * - against an analytic oracle (`tf.grad` of a reference forward): correct code
 *   is at ~1e-7, so pass below `ANALYTIC_TOLERANCE` = 1e-5;
 * - against central differences: use ε = 1e-2 (never the float64 habit 1e-7,
 *   which gives ~0.9 even for correct float32 code); pass below 2e-3, and the
 *   smallest real bug measured (1/(m−1) for 1/m) sits at 1e-2.
 */
import * as tf from "@tensorflow/tfjs";
import { unravelIndex } from "./compare.ts";
import { relError } from "./rel-error.ts";

export const ANALYTIC_TOLERANCE = 1e-5;
export const NUMERIC_EPSILON = 1e-2;
export const NUMERIC_TOLERANCE = 2e-3;

/** A scalar function of one tensor, e.g. a cost as a function of `W`. */
export type ScalarFn = (x: tf.Tensor) => tf.Scalar | tf.Tensor | number;

function evaluate(f: ScalarFn, values: Float32Array, shape: number[]): number {
  return tf.tidy(() => {
    const out = f(tf.tensor(values, shape));
    if (typeof out === "number") return out;
    if (out.size !== 1)
      throw new RangeError(`numericGradient: f must return a scalar, got shape [${out.shape}]`);
    return out.dataSync()[0]!;
  });
}

/**
 * Central differences `(f(x + εeᵢ) − f(x − εeᵢ)) / 2ε` for every coordinate of `x`.
 * Costs 2·size(x) evaluations of `f`: meant for small checks.
 * @returns a float32 tensor of x's shape
 */
export function numericGradient(f: ScalarFn, x: tf.Tensor, epsilon = NUMERIC_EPSILON): tf.Tensor {
  const base = Float32Array.from(x.dataSync() as ArrayLike<number>);
  const grad = new Float32Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const keep = base[i]!;
    base[i] = keep + epsilon;
    const plus = evaluate(f, base, x.shape);
    base[i] = keep - epsilon;
    const minus = evaluate(f, base, x.shape);
    base[i] = keep;
    grad[i] = (plus - minus) / (2 * epsilon);
  }
  return tf.tensor(grad, x.shape);
}

export interface GradcheckResult {
  /** ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖) */
  relError: number;
  ok: boolean;
  threshold: number;
  /** the coordinate where the two disagree most */
  worst: { index: number[]; analytic: number; numeric: number };
}

/**
 * Compares an analytic gradient of `f` at `x` against central differences.
 * @param analytic the gradient under test, same shape as `x`
 */
export function gradcheck(
  f: ScalarFn,
  x: tf.Tensor,
  analytic: tf.Tensor,
  { epsilon = NUMERIC_EPSILON, threshold = NUMERIC_TOLERANCE } = {},
): GradcheckResult {
  const numeric = numericGradient(f, x, epsilon);
  try {
    return compareGradients(analytic, numeric, threshold);
  } finally {
    numeric.dispose();
  }
}

/**
 * Compares a gradient under test with an oracle gradient (from `tf.grad` of a
 * reference forward, or from `numericGradient`).
 */
export function compareGradients(
  analytic: tf.Tensor,
  oracle: tf.Tensor,
  threshold = ANALYTIC_TOLERANCE,
): GradcheckResult {
  if (analytic.shape.join() !== oracle.shape.join()) {
    throw new RangeError(
      `compareGradients: shapes differ [${analytic.shape}] vs [${oracle.shape}]`,
    );
  }
  const a = analytic.dataSync() as ArrayLike<number>;
  const n = oracle.dataSync() as ArrayLike<number>;
  let worst = 0;
  for (let i = 1; i < a.length; i++) {
    if (Math.abs(a[i]! - n[i]!) > Math.abs(a[worst]! - n[worst]!)) worst = i;
  }
  const err = relError(a, n);
  return {
    relError: err,
    ok: err < threshold,
    threshold,
    worst: {
      index: unravelIndex(worst, analytic.shape),
      analytic: a[worst] ?? 0,
      numeric: n[worst] ?? 0,
    },
  };
}
