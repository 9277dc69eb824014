import { RandomState, randnTensor } from "@dlc/student-kit/check";
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
  const rng = new RandomState(seed);
  return tf.tidy(() => {
    const parameters: Parameters = {};
    for (let l = 1; l < layerDims.length; l++) {
      parameters[`W${l}`] = randnTensor(rng, [layerDims[l]!, layerDims[l - 1]!]).mul(0.01);
      parameters[`b${l}`] = tf.zeros([layerDims[l]!, 1]);
    }
    return parameters;
  });
}
