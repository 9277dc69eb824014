import { RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * Small random weights, zero biases.
 *
 * @param nX input size
 * @param nH hidden size
 * @param nY output size
 * @param seed numpy seed; W1 is drawn first, then W2 (the notebook's test uses 2)
 * @returns W1 [nH, nX] = randn·0.01, b1 [nH, 1] zeros, W2 [nY, nH] = randn·0.01, b2 [nY, 1] zeros
 */
export function initializeParameters(nX: number, nH: number, nY: number, seed = 2): Parameters {
  const rng = new RandomState(seed);
  return tf.tidy(() => ({
    W1: randnTensor(rng, [nH, nX]).mul(0.01),
    b1: tf.zeros([nH, 1]),
    W2: randnTensor(rng, [nY, nH]).mul(0.01),
    b2: tf.zeros([nY, 1]),
  }));
}
