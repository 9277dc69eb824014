/**
 * The initialization the application notebook's helpers use (dnn_app_utils'
 * initialize_parameters_deep): weights scaled by 1/√n_{l−1} instead of 0.01, which is
 * what lets the deep model train from the start.
 */
import { RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "./types.ts";

/**
 * @param layerDims [n_0, n_1, …, n_L]
 * @param seed numpy seed (the notebook's is 1)
 * @returns Wl [n_l, n_{l−1}] = randn / √n_{l−1}, bl [n_l, 1] zeros
 */
export function initializeParametersDeepScaled(layerDims: number[], seed = 1): Parameters {
  const rng = new RandomState(seed);
  return tf.tidy(() => {
    const parameters: Parameters = {};
    for (let l = 1; l < layerDims.length; l++) {
      parameters[`W${l}`] = randnTensor(rng, [layerDims[l]!, layerDims[l - 1]!]).div(
        Math.sqrt(layerDims[l - 1]!),
      );
      parameters[`b${l}`] = tf.zeros([layerDims[l]!, 1]);
    }
    return parameters;
  });
}
