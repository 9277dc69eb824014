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
  const { APrev, hparameters } = cache;
  const { f, stride } = hparameters;
  const [m, nH, nW, nC] = dA.shape;
  const grads = dA.bufferSync();
  const dAPrev = tf.buffer<tf.Rank.R4>(APrev.shape);
  for (let i = 0; i < m; i++)
    for (let h = 0; h < nH; h++)
      for (let w = 0; w < nW; w++)
        for (let c = 0; c < nC; c++) {
          const vertStart = h * stride;
          const horizStart = w * stride;
          const g = grads.get(i, h, w, c);
          const share = tf.tidy(() => {
            if (mode === "average") return distributeValue(g, [f, f]);
            const window = APrev.slice([i, vertStart, horizStart, c], [1, f, f, 1]).reshape([f, f]);
            return createMaskFromWindow(window as tf.Tensor2D)
              .cast("float32")
              .mul(g);
          });
          const values = share.dataSync();
          share.dispose();
          for (let r = 0; r < f; r++)
            for (let s = 0; s < f; s++) {
              const at = [i, vertStart + r, horizStart + s, c] as const;
              dAPrev.set(dAPrev.get(...at) + values[r * f + s]!, ...at);
            }
        }
  return dAPrev.toTensor();
}
