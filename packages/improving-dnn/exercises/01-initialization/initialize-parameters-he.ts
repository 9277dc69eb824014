import { NotImplemented, RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * He initialization: standard normals scaled by √(2 / n_{l−1}), the fan-in of the layer,
 * and zero biases.
 *
 * @param layersDims sizes of every layer, input first: [n_0, n_1, …, n_L]
 * @param seed numpy seed (the notebook's is 3); one generator draws W1, W2, … in order
 * @returns Wl [n_l, n_{l−1}] = randn·√(2/n_{l−1}) and bl [n_l, 1] zeros, for l = 1 … L
 */
export function initializeParametersHe(layersDims: number[], seed = 3): Parameters {
  // TODO: one RandomState(seed); for l = 1 … L: W{l} = randnTensor(rng, [n_l, n_{l−1}])·√(2/n_{l−1}), b{l} zeros.
  throw new NotImplemented("initializeParametersHe");
}
