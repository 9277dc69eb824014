/**
 * Seeded inputs the hidden checks of several assignments share: random parameters of a
 * fully connected network and small linearly separable data for training checks.
 */

import { labels, normal } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** `{ W1: [n1, n0], b1: [n1, 1], …, WL, bL }` with normal entries times `scale`. */
export function randomParameters(
  rng: RandomState,
  dims: number[],
  scale = 0.5,
): Record<string, tf.Tensor> {
  const parameters: Record<string, tf.Tensor> = {};
  for (let l = 1; l < dims.length; l++) {
    parameters[`W${l}`] = normal(rng, [dims[l]!, dims[l - 1]!], scale);
    parameters[`b${l}`] = normal(rng, [dims[l]!, 1], scale);
  }
  return parameters;
}

/**
 * A linear task in n ≥ 2 dimensions: a random hyperplane through the origin. `sample(m)`
 * draws X [n, m] standard normal and Y [1, m] labelled by it (m ≥ 2); with `flip` > 0 that
 * share of labels is flipped, so that a model cannot become certain (float32 log(0) is −∞).
 * Samples of one task share the hyperplane: a "learns" check trains on one sample and
 * scores the returned parameters on another whose labels the submission never saw.
 */
export function separableTask(rng: RandomState, n: number) {
  const direction = normal(rng, [n, 1]);
  return {
    sample(m: number, flip = 0) {
      const X = normal(rng, [n, m]);
      const noise = tf.tensor2d(
        Float32Array.from(rng.rand(m), (u) => (u < flip ? 1 : 0)),
        [1, m],
      );
      const Y = tf.tidy(() =>
        tf.matMul(direction, X, true, false).greater(0).cast("float32").sub(noise).abs(),
      );
      return { X, Y: Y as tf.Tensor2D };
    },
  };
}

/** One sample of a fresh `separableTask`. */
export function separableData(rng: RandomState, n: number, m: number, flip = 0) {
  return separableTask(rng, n).sample(m, flip);
}

/** Predicted probabilities in (0.05, 0.95) and labels for cost checks: AL [1, m], Y [1, m]. */
export function probabilitiesAndLabels(rng: RandomState, m: number) {
  return {
    A: tf.tensor2d(
      Float32Array.from(rng.rand(m), (v) => 0.05 + 0.9 * v),
      [1, m],
    ),
    Y: labels(rng, m),
  };
}
