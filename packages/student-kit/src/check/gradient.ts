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
import { CheckError, describeValue, expectShape, formatShape, unravelIndex } from "./compare.ts";
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

/** A scalar function of named tensors, e.g. the cost as a function of `{ W1, b1, W2, b2 }`. */
export type ScalarOf = (at: Record<string, tf.Tensor>) => tf.Tensor;

/**
 * The gradients of `f` at `at` by automatic differentiation (`tf.grads`), times `scale[k]`
 * where the course's convention differs from ∂f/∂k (dA_prev carries no 1/m).
 */
export function autodiffGradients(
  f: ScalarOf,
  at: Record<string, tf.Tensor>,
  names: string[],
): Record<string, tf.Tensor> {
  return tf.tidy(() => {
    const grads = tf.grads((...xs: tf.Tensor[]) => {
      const vars = { ...at };
      names.forEach((name, i) => {
        vars[name] = xs[i]!;
      });
      return f(vars);
    })(names.map((n) => at[n]!));
    return Object.fromEntries(names.map((n, i) => [n, grads[i]!]));
  });
}

/** The gradients of `f` at `at` by central differences (ε from platform-notes.md). */
export function numericGradients(
  f: ScalarOf,
  at: Record<string, tf.Tensor>,
  names: string[],
): Record<string, tf.Tensor> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      numericGradient((x) => f({ ...at, [name]: x }), at[name]!, NUMERIC_EPSILON),
    ]),
  );
}

/** The oracle gradients a check compares against: `tf.grads` or central differences. */
export function oracleGradients(
  against: "autodiff" | "numeric",
  f: ScalarOf,
  at: Record<string, tf.Tensor>,
  names: string[],
): Record<string, tf.Tensor> {
  return (against === "autodiff" ? autodiffGradients : numericGradients)(f, at, names);
}

export interface GradientExpectation {
  /** the gradient under test, by the name the student returns it under (`dW`) */
  actual: unknown;
  /** the oracle gradient, same shape */
  oracle: tf.Tensor;
  /** multiplies the oracle before comparing (m for dA_prev, which carries no 1/m) */
  scale?: number;
}

/**
 * Compares returned gradients with their oracles and names the first one that is off,
 * by how much, and where. The grader's checks and the public property tests both use it,
 * so a student reads the same message for the same bug in both.
 *
 * - "autodiff" (an exact oracle): each gradient on its own, relative error
 *   ‖a − o‖ / (‖a‖ + ‖o‖) below 1e-5;
 * - "numeric" (central differences, float32 noise): all gradients as one vector, as the
 *   notebook's `gradient_check_n` does, below 2e-3; when it fails, the gradient that
 *   contributes most to ‖a − o‖ is named.
 */
export function expectGradients(
  what: string,
  gradients: Record<string, GradientExpectation>,
  against: "autodiff" | "numeric",
  {
    threshold = against === "autodiff" ? ANALYTIC_TOLERANCE : NUMERIC_TOLERANCE,
  }: {
    /** relative error a gradient must stay below (a deep float32 net's public test: 1e-3) */
    threshold?: number;
  } = {},
): void {
  const oracleName =
    against === "autodiff"
      ? "tf.grad of the reference forward pass"
      : `central differences (ε = ${NUMERIC_EPSILON})`;
  const pairs: { name: string; actual: tf.Tensor; expected: tf.Tensor }[] = [];
  for (const [name, { actual, oracle, scale = 1 }] of Object.entries(gradients)) {
    const label = `${what}: ${name}`;
    if (!(actual instanceof tf.Tensor))
      throw new CheckError(
        `${label} should be a tf.Tensor of shape ${formatShape(oracle.shape)}, got ${describeValue(actual)}`,
      );
    expectShape(label, actual, oracle.shape);
    pairs.push({ name, actual, expected: scale === 1 ? oracle : tf.mul(oracle, scale) });
  }
  const explain = (name: string, relError: number, a: tf.Tensor, e: tf.Tensor) => {
    const worst = compareGradients(a, e, threshold).worst;
    const at = worst.index.length ? ` at [${worst.index.join(", ")}]` : "";
    return new CheckError(
      `${what}: ${name} disagrees with ${oracleName}: relative error ${fmt(relError)} ` +
        `(must be below ${threshold}); worst element${at}: expected ${fmt(worst.numeric)}, ` +
        `got ${fmt(worst.analytic)}`,
    );
  };
  if (against === "autodiff") {
    for (const { name, actual, expected } of pairs) {
      const result = compareGradients(actual, expected, threshold);
      if (!result.ok) throw explain(name, result.relError, actual, expected);
    }
    return;
  }
  const flat = (ts: tf.Tensor[]) => tf.concat(ts.map((t) => t.flatten()));
  const all = compareGradients(
    flat(pairs.map((p) => p.actual)),
    flat(pairs.map((p) => p.expected)),
    threshold,
  );
  if (all.ok) return;
  const norm = (t: tf.Tensor) => t.norm().dataSync()[0]!;
  const culprit = pairs.reduce((worst, p) =>
    norm(p.actual.sub(p.expected)) > norm(worst.actual.sub(worst.expected)) ? p : worst,
  );
  throw explain(culprit.name, all.relError, culprit.actual, culprit.expected);
}

function fmt(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  return abs >= 1e-3 && abs < 1e5 ? String(Number(x.toPrecision(6))) : x.toExponential(3);
}
