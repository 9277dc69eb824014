import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { PoolCache, PoolMode } from "../../src/types.ts";
import { createMaskFromWindow } from "./create-mask-from-window.ts";
import { distributeValue } from "./distribute-value.ts";

/**
 * The backward pass of a pooling layer: each pooled output's gradient goes back to the
 * window it came from, to the window's maximum ("max": the mask of createMaskFromWindow)
 * or spread evenly ("average": distributeValue). Overlapping windows add up.
 *
 * @param dA gradient of the cost with respect to the pooled output, [m, n_H, n_W, n_C]
 * @param cache `{ APrev, hparameters }` from poolForward
 * @param mode "max" or "average", as in the forward pass
 * @returns dAPrev, shaped like APrev: [m, n_H_prev, n_W_prev, n_C]
 */
export function poolBackward(
  dA: tf.Tensor4D,
  cache: PoolCache,
  mode: PoolMode = "max",
): tf.Tensor4D {
  // TODO: start from zeros shaped like APrev; for every i, h, w, c add the gradient dA[i, h, w, c]
  // back into the window it came from: on the mask of the window's maximum ("max"), or spread by
  // distributeValue ("average").
  throw new NotImplemented("poolBackward");
}
