/**
 * Seeded inputs the optimizer checks of assignment 04 share: a network of random depth
 * and widths, gradients shaped like its parameters, zero optimizer state, and a way to
 * compare whole dictionaries of tensors with a message that names the step.
 */

import { between, expectAllClose, expectTensors, normal } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

export type Tensors = Record<string, tf.Tensor>;

/** Layer sizes [n0, …, nL] of a network with `depth` layers, widths 1 to 5. */
export function randomDims(rng: RandomState, depth: number): number[] {
  return Array.from({ length: depth + 1 }, () => between(rng, 1, 5));
}

/** `{ W1: [n1, n0], b1: [n1, 1], …, WL, bL }`, standard normal times `scale`. */
export function randomParameters(rng: RandomState, dims: number[], scale = 1): Tensors {
  const parameters: Tensors = {};
  for (let l = 1; l < dims.length; l++) {
    parameters[`W${l}`] = normal(rng, [dims[l]!, dims[l - 1]!], scale);
    parameters[`b${l}`] = normal(rng, [dims[l]!, 1], scale);
  }
  return parameters;
}

/** `{ dW1, db1, … }` shaped like the parameters, standard normal times `scale`. */
export function randomGrads(rng: RandomState, parameters: Tensors, scale = 1): Tensors {
  return Object.fromEntries(
    Object.entries(parameters).map(([k, p]) => [`d${k}`, normal(rng, p.shape, scale)]),
  );
}

/** `{ dW1, db1, … }` zeros shaped like the parameters (the optimizers' starting state). */
export function zerosFor(parameters: Tensors): Tensors {
  return Object.fromEntries(Object.entries(parameters).map(([k, p]) => [`d${k}`, tf.zerosLike(p)]));
}

/** The shapes of a dictionary of tensors, for `expectTensors`. */
export function shapesOf(record: Tensors): Record<string, number[]> {
  return Object.fromEntries(Object.entries(record).map(([k, t]) => [k, t.shape]));
}

/** Asserts `actual` holds tensors shaped like `expected` (float32) with close values. */
export function expectState(
  what: string,
  actual: unknown,
  expected: Tensors,
  options: { rtol?: number; atol?: number } = {},
): asserts actual is Tensors {
  expectTensors(what, actual, shapesOf(expected));
  expectAllClose(what, actual, expected, options);
}

/** Asserts `actual` is an object with the given keys, each a dictionary of tensors. */
export function expectFields(what: string, actual: unknown, fields: string[]): void {
  if (typeof actual !== "object" || actual === null || actual instanceof tf.Tensor)
    throw new CheckError(`${what} should return an object { ${fields.join(", ")} }`);
  const missing = fields.filter((f) => !(f in actual));
  if (missing.length)
    throw new CheckError(
      `${what} should return { ${fields.join(", ")} }: ${missing.join(", ")} missing (it has ${Object.keys(actual).join(", ") || "no keys"})`,
    );
}

/** Asserts a velocity-like dictionary: dWl, dbl shaped like Wl, bl, all zeros, nothing else. */
export function expectZeroState(what: string, actual: unknown, parameters: Tensors): void {
  const expected = zerosFor(parameters);
  expectTensors(what, actual, shapesOf(expected));
  const extra = Object.keys(actual).filter((k) => !(k in expected));
  if (extra.length)
    throw new CheckError(
      `${what} has keys ${extra.join(", ")} besides ${Object.keys(expected).join(", ")}: name them like the gradients (dW1, db1, …)`,
    );
  for (const k of Object.keys(expected)) {
    const largest = tf.tidy(() => (actual[k] as tf.Tensor).abs().max().dataSync()[0]!);
    if (largest !== 0)
      throw new CheckError(
        `${what}.${k} should be all zeros (nothing has moved yet), it holds values up to ${largest}`,
      );
  }
}
