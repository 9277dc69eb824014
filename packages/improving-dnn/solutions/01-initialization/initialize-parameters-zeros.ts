import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * Every weight and bias zero: the initialization that fails to break symmetry.
 *
 * @param layersDims sizes of every layer, input first: [n_0, n_1, …, n_L]
 * @returns Wl [n_l, n_{l−1}] and bl [n_l, 1], all zeros, for l = 1 … L
 */
export function initializeParametersZeros(layersDims: number[]): Parameters {
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = tf.zeros([layersDims[l]!, layersDims[l - 1]!]);
    parameters[`b${l}`] = tf.zeros([layersDims[l]!, 1]);
  }
  return parameters;
}
