import { RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * Large random weights (standard normals times 10) and zero biases.
 *
 * @param layersDims sizes of every layer, input first: [n_0, n_1, …, n_L]
 * @param seed numpy seed (the notebook's is 3); one generator draws W1, W2, … in order
 * @returns Wl [n_l, n_{l−1}] = randn·10 and bl [n_l, 1] zeros, for l = 1 … L
 */
export function initializeParametersRandom(layersDims: number[], seed = 3): Parameters {
  const rng = new RandomState(seed);
  return tf.tidy(() => {
    const parameters: Parameters = {};
    for (let l = 1; l < layersDims.length; l++) {
      parameters[`W${l}`] = randnTensor(rng, [layersDims[l]!, layersDims[l - 1]!]).mul(10);
      parameters[`b${l}`] = tf.zeros([layersDims[l]!, 1]);
    }
    return parameters;
  });
}
