/**
 * Comparisons that explain themselves. Every message names the function first,
 * then what is wrong in the order a student should fix it: the kind of value,
 * the shape, the dtype, and only then the worst element (expected vs actual).
 */
import * as tf from "@tensorflow/tfjs";

/** A number, a nested array of numbers, or a tensor. */
export type Numeric = number | tf.Tensor | NestedNumbers;
export interface NestedNumbers extends ReadonlyArray<number | NestedNumbers> {}

export interface CloseOptions {
  /** relative tolerance (default 1e-4, float32 after a few operations) */
  rtol?: number;
  /** absolute tolerance (default 1e-5) */
  atol?: number;
  /** required dtype of a tensor result (default: float32 when expected is not a tensor) */
  dtype?: tf.DataType;
}

/** Thrown by the `expect*` helpers; the message is meant for the student as is. */
export class CheckError extends Error {
  override readonly name = "CheckError";
}

const DEFAULT_RTOL = 1e-4;
const DEFAULT_ATOL = 1e-5;

/** Shape as the notebooks print it: `(2, 3)`; a scalar is `()`. */
export function formatShape(shape: readonly number[]): string {
  return `(${shape.join(", ")}${shape.length === 1 ? "," : ""})`;
}

/** What a value is, for messages: "a tf.Tensor of shape (2, 3) float32", "an array of length 4", "string foo". */
export function describeValue(value: unknown): string {
  if (value instanceof tf.Tensor)
    return `a tf.Tensor of shape ${formatShape(value.shape)} ${value.dtype}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function shapeOfNested(value: NestedNumbers): number[] {
  const shape: number[] = [];
  let level: unknown = value;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  return shape;
}

function flatten(value: Numeric): { shape: number[]; values: ArrayLike<number> } {
  if (typeof value === "number") return { shape: [], values: [value] };
  if (value instanceof tf.Tensor)
    return { shape: value.shape, values: value.dataSync() as ArrayLike<number> };
  return {
    shape: shapeOfNested(value),
    values: (value as unknown[]).flat(Number.POSITIVE_INFINITY) as number[],
  };
}

/** Multi-index of flat position `flat` in a C-ordered array of `shape`, e.g. `[1, 0]`. */
export function unravelIndex(flat: number, shape: readonly number[]): number[] {
  const index: number[] = new Array(shape.length).fill(0);
  let rest = flat;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const size = shape[axis]!;
    index[axis] = rest % size;
    rest = Math.floor(rest / size);
  }
  return index;
}

function fmt(x: number): string {
  if (Number.isNaN(x) || !Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e6 ? x.toPrecision(7).replace(/\.?0+$/, "") : x.toExponential(5);
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Asserts that `actual` equals `expected` within `atol + rtol * |expected|`
 * element by element (numpy's `allclose`), and that it has the same kind
 * (number vs tensor), shape and dtype.
 *
 * @param what `"fn: name"` label, e.g. `"propagate: grads.dw"`
 */
export function expectClose(
  what: string,
  actual: unknown,
  expected: Numeric,
  options: CloseOptions = {},
): void {
  const rtol = options.rtol ?? DEFAULT_RTOL;
  const atol = options.atol ?? DEFAULT_ATOL;
  if (typeof expected === "number") {
    if (typeof actual !== "number") {
      throw new CheckError(`${what} should be a number, got ${describeValue(actual)}`);
    }
  } else if (!(actual instanceof tf.Tensor)) {
    const shape = flatten(expected).shape;
    throw new CheckError(
      `${what} should be a tf.Tensor of shape ${formatShape(shape)}, got ${describeValue(actual)}`,
    );
  }
  const exp = flatten(expected);
  const act = flatten(actual as Numeric);
  if (!sameShape(act.shape, exp.shape)) {
    throw new CheckError(
      `${what} has shape ${formatShape(act.shape)}, expected ${formatShape(exp.shape)}`,
    );
  }
  if (actual instanceof tf.Tensor) {
    const dtype = options.dtype ?? (expected instanceof tf.Tensor ? expected.dtype : "float32");
    if (actual.dtype !== dtype) {
      throw new CheckError(`${what} has dtype ${actual.dtype}, expected ${dtype}`);
    }
  }
  let worst = -1;
  let worstExcess = 0;
  let wrong = 0;
  for (let i = 0; i < exp.values.length; i++) {
    const a = act.values[i]!;
    const e = exp.values[i]!;
    const tol = atol + rtol * Math.abs(e);
    const err =
      Number.isNaN(a) !== Number.isNaN(e)
        ? Number.POSITIVE_INFINITY
        : Number.isNaN(a)
          ? 0
          : Math.abs(a - e);
    const excess = err === Number.POSITIVE_INFINITY ? err : err / tol;
    if (err > tol || (err === Number.POSITIVE_INFINITY && a !== e)) {
      wrong++;
      if (worst < 0 || excess > worstExcess) {
        worst = i;
        worstExcess = excess;
      }
    }
  }
  if (wrong > 0) {
    const a = act.values[worst]!;
    const e = exp.values[worst]!;
    const at = exp.shape.length === 0 ? "" : ` at [${unravelIndex(worst, exp.shape).join(", ")}]`;
    throw new CheckError(
      `${what} is wrong${at}: expected ${fmt(e)}, got ${fmt(a)} ` +
        `(${wrong} of ${exp.values.length} element${exp.values.length === 1 ? "" : "s"} off; ` +
        `tolerance ${atol} + ${rtol}·|expected|)`,
    );
  }
}

/** Asserts a tensor (or nested array) has `shape`, naming what it is in the message. */
export function expectShape(what: string, actual: unknown, shape: readonly number[]): void {
  if (!(actual instanceof tf.Tensor)) {
    throw new CheckError(
      `${what} should be a tf.Tensor of shape ${formatShape(shape)}, got ${describeValue(actual)}`,
    );
  }
  if (!sameShape(actual.shape, shape)) {
    throw new CheckError(
      `${what} has shape ${formatShape(actual.shape)}, expected ${formatShape(shape)}`,
    );
  }
}

/** Asserts `actual` is a plain object with exactly these keys (order free). */
export function expectKeys(
  what: string,
  actual: unknown,
  keys: readonly string[],
): asserts actual is Record<string, unknown> {
  if (
    typeof actual !== "object" ||
    actual === null ||
    Array.isArray(actual) ||
    actual instanceof tf.Tensor
  ) {
    throw new CheckError(
      `${what} should be an object with keys ${keys.join(", ")}, got ${describeValue(actual)}`,
    );
  }
  const have = Object.keys(actual).sort();
  const want = [...keys].sort();
  const missing = want.filter((k) => !have.includes(k));
  const extra = have.filter((k) => !want.includes(k));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      extra.length ? `unexpected ${extra.join(", ")}` : "",
    ];
    throw new CheckError(`${what} has the wrong keys: ${parts.filter(Boolean).join("; ")}`);
  }
}

/** Plain nested numbers of a tensor, for literal comparisons in messages and tests. */
export function toNested(t: tf.Tensor): NestedNumbers | number {
  return t.arraySync() as NestedNumbers | number;
}
