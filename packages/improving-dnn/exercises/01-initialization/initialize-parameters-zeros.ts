import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * Every weight and bias zero: the initialization that fails to break symmetry.
 *
 * @param layersDims sizes of every layer, input first: [n_0, n_1, …, n_L]
 * @returns Wl [n_l, n_{l−1}] and bl [n_l, 1], all zeros, for l = 1 … L
 */
export function initializeParametersZeros(layersDims: number[]): Parameters {
  // TODO: for l = 1 … L: W{l} = tf.zeros([n_l, n_{l−1}]), b{l} = tf.zeros([n_l, 1]).
  throw new NotImplemented("initializeParametersZeros");
}
