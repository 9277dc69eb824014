import { NotImplemented, RandomState, randnTensor } from "@dlc/student-kit/check";
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
  // TODO: one RandomState(seed): W1 = randn·0.01 [nH, nX], then W2 = randn·0.01 [nY, nH]; b1, b2 zeros.
  throw new NotImplemented("initializeParameters");
}
