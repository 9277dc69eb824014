/**
 * What the dropout functions of assignment 02 share: the cache the forward pass with
 * dropout hands to its backward pass (the notebook's tuple
 * `(Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)`), and how to free it.
 */
import * as tf from "@tensorflow/tfjs";
import type { ThreeLayerCache } from "./types.ts";

/**
 * The three-layer cache plus the dropout masks. D1 [n1, m] and D2 [n2, m] are float32
 * 0/1 (1 = the unit is kept for that example); A1 and A2 are the activations after
 * dropout, A·D / keepProb, as the next layer saw them.
 */
export interface DropoutCache extends ThreeLayerCache {
  D1: tf.Tensor;
  D2: tf.Tensor;
}

/** Frees every tensor of a dropout cache except the parameters (which the caller owns). */
export function disposeDropoutCache(cache: DropoutCache): void {
  tf.dispose([cache.Z1, cache.D1, cache.A1, cache.Z2, cache.D2, cache.A2, cache.Z3, cache.A3]);
}
