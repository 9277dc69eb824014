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
  const [m, nHPrev, nWPrev, nC] = APrev.shape;
  const { f, stride } = hparameters;
  const nH = Math.floor((nHPrev - f) / stride) + 1;
  const nW = Math.floor((nWPrev - f) / stride) + 1;
  const input = APrev.bufferSync();
  const A = tf.buffer<tf.Rank.R4>([m, nH, nW, nC]);
  for (let i = 0; i < m; i++)
    for (let h = 0; h < nH; h++)
      for (let w = 0; w < nW; w++)
        for (let c = 0; c < nC; c++) {
          const window: number[] = [];
          for (let r = h * stride; r < h * stride + f; r++)
            for (let s = w * stride; s < w * stride + f; s++) window.push(input.get(i, r, s, c));
          const value =
            mode === "max"
              ? Math.max(...window)
              : window.reduce((a, v) => a + v, 0) / window.length;
          A.set(value, i, h, w, c);
        }
  return { A: A.toTensor(), cache: { APrev, hparameters } };
}
