/**
 * Inputs and helpers the hidden checks of assignment 05 share: features of very different
 * scales, batch-norm layers and states, one-hot labels, and hints appended to failures.
 */

import { between, normal, uniform } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** [n, m] features whose rows have their own scale (0.5 … 20) and offset (−10 … 10). */
export function features(rng: RandomState, n: number, m: number): tf.Tensor {
  const scale = uniform(rng, [n, 1], 0.5, 20);
  const shift = uniform(rng, [n, 1], -10, 10);
  return normal(rng, [n, m]).mul(scale).add(shift);
}

/** A batch-norm layer: Z [n, m] off-centre and wide, γ and β [n, 1]. */
export function bnLayer(rng: RandomState, n: number, m: number) {
  return { Z: features(rng, n, m), gamma: normal(rng, [n, 1]), beta: normal(rng, [n, 1]) };
}

/** Running statistics [n, 1]: a mean near 0 and a variance in [0.5, 2]. */
export function runningStats(rng: RandomState, n: number) {
  return { runningMean: normal(rng, [n, 1]), runningVar: uniform(rng, [n, 1], 0.5, 2) };
}

/** One-hot labels [C, m] with a class drawn at random for each example. */
export function oneHot(rng: RandomState, C: number, m: number): tf.Tensor {
  const classes = Array.from({ length: m }, () => between(rng, 0, C - 1));
  return tf.oneHot(tf.tensor1d(classes, "int32"), C).transpose().toFloat();
}

/** Two different sizes in [lo, hi] (so a transposed or wrong-axis answer cannot pass). */
export function twoSizes(rng: RandomState, lo: number, hi: number): [number, number] {
  const a = between(rng, lo, hi);
  let b = between(rng, lo, hi);
  while (b === a) b = between(rng, lo, hi);
  return [a, b];
}

/** Runs `body`; a `CheckError` it throws comes back with `hint` (what to look at) appended. */
export async function hinted<T>(hint: string, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CheckError) throw new CheckError(`${error.message}. ${hint}`);
    throw error;
  }
}
