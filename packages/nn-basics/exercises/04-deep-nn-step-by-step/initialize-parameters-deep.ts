import { NotImplemented, RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * An L-layer network's parameters.
 *
 * @param layerDims sizes of every layer, input first: [n_0, n_1, …, n_L]
 * @param seed numpy seed (the notebook's is 3); layers are drawn in order
 * @returns Wl [n_l, n_{l−1}] = randn·0.01 and bl [n_l, 1] zeros, for l = 1 … L
 */
export function initializeParametersDeep(layerDims: number[], seed = 3): Parameters {
  // TODO: for l = 1 … L−1: Wl = randn·0.01 of [dims[l], dims[l−1]], bl = zeros [dims[l], 1], drawn in order from one RandomState(seed).
  throw new NotImplemented("initializeParametersDeep");
}
