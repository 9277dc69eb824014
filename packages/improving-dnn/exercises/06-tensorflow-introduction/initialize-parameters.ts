import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { VariableParameters } from "../../src/tfjs-types.ts";

/**
 * The three-layer network's parameters as trainable `tf.Variable`s, every one drawn from
 * a Glorot (Xavier) normal: a normal truncated at 2σ with σ = sqrt(2 / (fan_in + fan_out)).
 * A seeded tfjs initializer returns the same numbers on every call, so each tensor gets
 * its own: the k-th of W1, b1, W2, b2, W3, b3 (k = 0 … 5) comes from
 * `tf.initializers.glorotNormal({ seed: seed + k })`.
 *
 * @param layerDims [n_x, n_1, n_2, n_y], the notebook's sizes by default
 * @param seed seed of the first initializer
 * @returns W1 [n_1, n_x], b1 [n_1, 1], W2 [n_2, n_1], b2 [n_2, 1], W3 [n_y, n_2], b3 [n_y, 1]
 */
export function initializeParameters(
  layerDims: number[] = [12288, 25, 12, 6],
  seed = 1,
): VariableParameters {
  // TODO: for each tensor k = 0 … 5: tf.variable(tf.initializers.glorotNormal({ seed: seed + k }).apply(shape)).
  throw new NotImplemented("initializeParameters");
}
