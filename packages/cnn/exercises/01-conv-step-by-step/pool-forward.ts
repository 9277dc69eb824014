import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { PoolCache, PoolHparameters, PoolMode } from "../../src/types.ts";

/**
 * The forward pass of a pooling layer: each f×f window of each channel becomes its largest
 * value ("max") or its mean ("average"). No padding; windows that would run past the edge
 * are not taken.
 *
 * n_H = ⌊(n_H_prev − f) / stride⌋ + 1, and the same for n_W; n_C is unchanged.
 *
 * @param APrev [m, n_H_prev, n_W_prev, n_C]
 * @param hparameters `{ f, stride }`
 * @param mode "max" or "average"
 * @returns A [m, n_H, n_W, n_C] and the cache `{ APrev, hparameters }` for poolBackward
 */
export function poolForward(
  APrev: tf.Tensor4D,
  hparameters: PoolHparameters,
  mode: PoolMode = "max",
): { A: tf.Tensor4D; cache: PoolCache } {
  // TODO: compute n_H and n_W (no padding), then for every example, position and channel take the
  // f×f window starting at (h·stride, w·stride): its max, or its mean for "average".
  throw new NotImplemented("poolForward");
}
