/**
 * fast-check arbitraries for tensors. They generate plain data
 * (`{ shape, values }`), not tensors, so that fast-check can shrink a failing
 * case and print it; turn one into a tensor with `toTensor`.
 */

import * as tf from "@tensorflow/tfjs";
import * as fc from "fast-check";

/** A tensor as plain data: a shape and its values in C order. */
export interface TensorData {
  shape: number[];
  values: number[];
}

export interface RangeOptions {
  /** smallest element (default -5) */
  min?: number;
  /** largest element (default 5) */
  max?: number;
}

/** A finite float32 in [min, max] (fast-check needs 32-bit bounds). */
export function float32({ min = -5, max = 5 }: RangeOptions = {}): fc.Arbitrary<number> {
  return fc.float({
    min: Math.fround(min),
    max: Math.fround(max),
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/** A dimension size in [min, max]. */
export function dim(min = 1, max = 6): fc.Arbitrary<number> {
  return fc.integer({ min, max });
}

/** A shape of the given rank with each dimension in [min, max]. */
export function shape(rank: number, { min = 1, max = 6 } = {}): fc.Arbitrary<number[]> {
  return fc.array(dim(min, max), { minLength: rank, maxLength: rank });
}

/** Values for a fixed shape. */
export function tensorData(
  shapeOf: readonly number[],
  range: RangeOptions = {},
): fc.Arbitrary<TensorData> {
  const size = shapeOf.reduce((a, b) => a * b, 1);
  return fc
    .array(float32(range), { minLength: size, maxLength: size })
    .map((values) => ({ shape: [...shapeOf], values }));
}

/** A tensor of any shape drawn from `shapes`. */
export function anyTensorData(
  shapes: fc.Arbitrary<number[]>,
  range: RangeOptions = {},
): fc.Arbitrary<TensorData> {
  return shapes.chain((s) => tensorData(s, range));
}

/** A matrix `[rows, cols]` with sizes in the given ranges. */
export function matrixData(
  { rows = [1, 6], cols = [1, 6] }: { rows?: [number, number]; cols?: [number, number] } = {},
  range: RangeOptions = {},
): fc.Arbitrary<TensorData> {
  return fc.tuple(dim(...rows), dim(...cols)).chain(([r, c]) => tensorData([r, c], range));
}

/** Binary labels `[1, m]` of 0s and 1s. */
export function labelsData(m: number): fc.Arbitrary<TensorData> {
  return fc
    .array(fc.integer({ min: 0, max: 1 }), { minLength: m, maxLength: m })
    .map((values) => ({ shape: [1, m], values }));
}

/**
 * A matrix of values (sizes as `matrixData`, default 1–5 rows, 1–6 columns) and labels of
 * the same shape, each drawn from `labelValues`: `[0, 1]` for binary labels, `[0, 1, NaN]`
 * when NaN marks a missing label.
 */
export function labelledMatrixData(
  labelValues: readonly number[],
  range: RangeOptions = {},
  { rows = [1, 5], cols = [1, 6] }: { rows?: [number, number]; cols?: [number, number] } = {},
): fc.Arbitrary<{ values: TensorData; labels: TensorData }> {
  return matrixData({ rows, cols }, range).chain((values) => {
    const size = values.values.length;
    return fc
      .array(fc.constantFrom(...labelValues), { minLength: size, maxLength: size })
      .map((labels) => ({ values, labels: { shape: values.shape, values: labels } }));
  });
}

/** The tensor for generated data (float32). */
export function toTensor(data: TensorData): tf.Tensor {
  return tf.tensor(data.values, data.shape, "float32");
}
