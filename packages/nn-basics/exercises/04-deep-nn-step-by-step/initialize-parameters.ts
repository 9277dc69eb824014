import { NotImplemented, RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * A 2-layer network's parameters: small random weights, zero biases.
 *
 * @param nX input size
 * @param nH hidden size
 * @param nY output size
 * @param seed numpy seed (the notebook's is 1); W1 is drawn first, then W2
 * @returns W1 [nH, nX], b1 [nH, 1], W2 [nY, nH], b2 [nY, 1]
 */
export function initializeParameters(nX: number, nH: number, nY: number, seed = 1): Parameters {
  // TODO: one RandomState(seed): W1 = randn·0.01 [nH, nX], then W2 = randn·0.01 [nY, nH]; zero biases.
  throw new NotImplemented("initializeParameters");
}
