/**
 * The building blocks hidden checks are written with, so that every course checks the
 * same way and explains failures the same way: seeded inputs, structure checks,
 * gradient checks (against `tf.grad` of a reference forward and against central
 * differences) and training checks. Every `expect*` throws a `CheckError` whose
 * message is shown to the student as is.
 */

import { accuracy } from "@dlc/student-kit/src/check/accuracy.ts";
import {
  CheckError,
  expectClose,
  expectShape,
  formatShape,
} from "@dlc/student-kit/src/check/compare.ts";
import type { RandomState } from "@dlc/student-kit/src/check/random-state.ts";
import * as tf from "@tensorflow/tfjs";

/** `shape` standard normals from the check's generator, times `scale`, float32. */
export function normal(rng: RandomState, shape: number[], scale = 1): tf.Tensor {
  return tf.tensor(
    Float32Array.from(rng.randn(...shape), (v) => v * scale),
    shape,
  );
}

/** `shape` uniforms in [lo, hi), float32. */
export function uniform(rng: RandomState, shape: number[], lo: number, hi: number): tf.Tensor {
  return tf.tensor(
    Float32Array.from(rng.rand(...shape), (v) => lo + (hi - lo) * v),
    shape,
  );
}

/** Binary labels [1, m] with both classes present (m ≥ 2), float32. */
export function labels(rng: RandomState, m: number): tf.Tensor2D {
  const y = Float32Array.from(rng.rand(m), (v) => (v < 0.5 ? 1 : 0));
  y[0] = 1;
  y[m - 1] = 0;
  return tf.tensor2d(y, [1, m]);
}

/** An integer in [lo, hi] from the check's generator. */
export function between(rng: RandomState, lo: number, hi: number): number {
  return rng.randint(lo, hi + 1);
}

/** Asserts a finite number (not a tensor, not NaN). */
export function expectNumber(what: string, actual: unknown): asserts actual is number {
  if (typeof actual !== "number")
    throw new CheckError(`${what} should be a number, got ${describe(actual)}`);
  if (!Number.isFinite(actual)) throw new CheckError(`${what} should be finite, got ${actual}`);
}

/** Asserts an object holding tensors of the given shapes under exactly these keys. */
export function expectTensors(
  what: string,
  actual: unknown,
  shapes: Record<string, readonly number[]>,
): asserts actual is Record<string, tf.Tensor> {
  if (typeof actual !== "object" || actual === null || actual instanceof tf.Tensor)
    throw new CheckError(
      `${what} should be an object with ${Object.keys(shapes).join(", ")}, got ${describe(actual)}`,
    );
  const record = actual as Record<string, unknown>;
  const missing = Object.keys(shapes).filter((k) => !(k in record));
  if (missing.length)
    throw new CheckError(
      `${what} is missing ${missing.join(", ")} (it has ${Object.keys(record).join(", ") || "no keys"})`,
    );
  for (const [key, shape] of Object.entries(shapes)) {
    expectShape(`${what}.${key}`, record[key], shape);
    const dtype = (record[key] as tf.Tensor).dtype;
    if (dtype !== "float32")
      throw new CheckError(`${what}.${key} has dtype ${dtype}, expected float32`);
  }
}

/** Asserts an array of numbers (a cost history) close to `expected`, entry by entry. */
export function expectNumbers(
  what: string,
  actual: unknown,
  expected: number[],
  options: { rtol?: number; atol?: number } = {},
): void {
  if (!Array.isArray(actual))
    throw new CheckError(
      `${what} should be an array of ${expected.length} numbers, got ${describe(actual)}`,
    );
  if (actual.length !== expected.length)
    throw new CheckError(`${what} has ${actual.length} entries, expected ${expected.length}`);
  for (const [i, v] of actual.entries()) expectNumber(`${what}[${i}]`, v);
  expectClose(what, tf.tensor1d(actual as number[]), tf.tensor1d(expected), options);
}

/** Asserts every entry of `expected` is matched within tolerance by `actual[key]`. */
export function expectAllClose(
  what: string,
  actual: unknown,
  expected: Record<string, tf.Tensor | number>,
  options: { rtol?: number; atol?: number } = {},
): void {
  if (typeof actual !== "object" || actual === null)
    throw new CheckError(`${what} should be an object, got ${describe(actual)}`);
  for (const [key, value] of Object.entries(expected)) {
    expectClose(`${what}.${key}`, (actual as Record<string, unknown>)[key], value, options);
  }
}

// The gradient expectations live in @dlc/student-kit/check, so public tests explain a wrong
// gradient exactly as the grader does.
export {
  autodiffGradients,
  expectGradients,
  type GradientExpectation,
  numericGradients,
  oracleGradients,
  type ScalarOf,
} from "@dlc/student-kit/src/check/gradient.ts";

/**
 * Asserts a cost history is a non-empty array of finite numbers that ends clearly lower
 * than it starts (by at least `minDrop` as a fraction of the first cost).
 */
export function expectFalling(what: string, costs: unknown, minDrop = 0.05): number[] {
  if (!Array.isArray(costs) || costs.length === 0)
    throw new CheckError(`${what} should be a non-empty array of costs, got ${describe(costs)}`);
  costs.forEach((c, i) => {
    if (typeof c !== "number" || !Number.isFinite(c))
      throw new CheckError(`${what}[${i}] should be a finite number, got ${describe(c)}`);
  });
  const first = costs[0] as number;
  const last = costs.at(-1) as number;
  if (!(last <= first * (1 - minDrop)))
    throw new CheckError(
      `${what} does not fall: it starts at ${fmt(first)} and ends at ${fmt(last)} ` +
        `(expected a drop of at least ${Math.round(minDrop * 100)} %)`,
    );
  return costs as number[];
}

/** Fraction of predictions [1, m] equal to labels [1, m]. */
export function agreement(predictions: tf.Tensor, labelsY: tf.Tensor): number {
  return accuracy(predictions, labelsY);
}

function describe(value: unknown): string {
  if (value instanceof tf.Tensor) return `a tf.Tensor of shape ${formatShape(value.shape)}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function fmt(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  return abs >= 1e-3 && abs < 1e5 ? String(Number(x.toPrecision(6))) : x.toExponential(3);
}
