import * as tf from "@tensorflow/tfjs";
import type { ConvCache, ConvHparameters } from "../../src/types.ts";
import { convSingleStep } from "./conv-single-step.ts";
import { zeroPad } from "./zero-pad.ts";

/**
 * The forward pass of a convolution layer: every filter slid over every padded image.
 *
 * n_H = ⌊(n_H_prev − f + 2·pad) / stride⌋ + 1, and the same for n_W.
 *
 * @param APrev the previous layer's activations, [m, n_H_prev, n_W_prev, n_C_prev]
 * @param W the filters, [f, f, n_C_prev, n_C]
 * @param b the biases, [1, 1, 1, n_C]
 * @param hparameters `{ stride, pad }`
 * @returns Z [m, n_H, n_W, n_C] and the cache `{ APrev, W, b, hparameters }` for convBackward
 */
export function convForward(
  APrev: tf.Tensor4D,
  W: tf.Tensor4D,
  b: tf.Tensor4D,
  hparameters: ConvHparameters,
): { Z: tf.Tensor4D; cache: ConvCache } {
  const [m, nHPrev, nWPrev, nCPrev] = APrev.shape;
  const [f, , , nC] = W.shape;
  const { stride, pad } = hparameters;
  const nH = Math.floor((nHPrev - f + 2 * pad) / stride) + 1;
  const nW = Math.floor((nWPrev - f + 2 * pad) / stride) + 1;
  const Z = tf.buffer<tf.Rank.R4>([m, nH, nW, nC]);
  const APrevPad = zeroPad(APrev, pad);
  // each filter and bias on its own, sliced once: [f, f, n_C_prev] and [1, 1, 1]
  const filters = tf.unstack(W, 3) as tf.Tensor3D[];
  const biases = tf.unstack(tf.reshape(b, [1, 1, 1, nC]), 3) as tf.Tensor3D[];
  for (let i = 0; i < m; i++)
    for (let h = 0; h < nH; h++)
      for (let w = 0; w < nW; w++) {
        const vertStart = h * stride;
        const horizStart = w * stride;
        const aSlicePrev = tf.tidy(() =>
          APrevPad.slice([i, vertStart, horizStart, 0], [1, f, f, nCPrev]).reshape([f, f, nCPrev]),
        ) as tf.Tensor3D;
        for (let c = 0; c < nC; c++)
          Z.set(convSingleStep(aSlicePrev, filters[c]!, biases[c]!), i, h, w, c);
        aSlicePrev.dispose();
      }
  tf.dispose([APrevPad, ...filters, ...biases]);
  return { Z: Z.toTensor(), cache: { APrev, W, b, hparameters } };
}
