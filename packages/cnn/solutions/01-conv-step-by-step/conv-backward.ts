import * as tf from "@tensorflow/tfjs";
import type { ConvCache } from "../../src/types.ts";
import { zeroPad } from "./zero-pad.ts";

/**
 * The backward pass of a convolution layer. Every output Z[i, h, w, c] came from one
 * window of the padded input and filter c, so its gradient dZ[i, h, w, c] flows back:
 *
 * - dA_prev_pad[i, window] += W[:, :, :, c] · dZ[i, h, w, c]
 * - dW[:, :, :, c] += a_prev_pad[i, window] · dZ[i, h, w, c]
 * - db[c] += dZ[i, h, w, c]
 *
 * and dA_prev is dA_prev_pad without its padding. (No 1/m here: Z is not averaged.)
 *
 * @param dZ gradient of the cost with respect to Z, [m, n_H, n_W, n_C]
 * @param cache `{ APrev, W, b, hparameters }` from convForward
 * @returns dAPrev [m, n_H_prev, n_W_prev, n_C_prev], dW [f, f, n_C_prev, n_C], db [1, 1, 1, n_C]
 */
export function convBackward(
  dZ: tf.Tensor4D,
  cache: ConvCache,
): { dAPrev: tf.Tensor4D; dW: tf.Tensor4D; db: tf.Tensor4D } {
  const { APrev, W, hparameters } = cache;
  const { stride, pad } = hparameters;
  const [m, nHPrev, nWPrev, nCPrev] = APrev.shape;
  const [f, , , nC] = W.shape;
  const [, nH, nW] = dZ.shape;
  const APrevPadTensor = zeroPad(APrev, pad);
  const aPrevPad = APrevPadTensor.bufferSync();
  APrevPadTensor.dispose();
  const weights = W.bufferSync();
  const grads = dZ.bufferSync();
  const dAPrevPad = tf.buffer<tf.Rank.R4>([m, nHPrev + 2 * pad, nWPrev + 2 * pad, nCPrev]);
  const dW = tf.buffer<tf.Rank.R4>([f, f, nCPrev, nC]);
  const db = tf.buffer<tf.Rank.R4>([1, 1, 1, nC]);
  for (let i = 0; i < m; i++)
    for (let h = 0; h < nH; h++)
      for (let w = 0; w < nW; w++)
        for (let c = 0; c < nC; c++) {
          const g = grads.get(i, h, w, c);
          const vertStart = h * stride;
          const horizStart = w * stride;
          for (let r = 0; r < f; r++)
            for (let s = 0; s < f; s++)
              for (let k = 0; k < nCPrev; k++) {
                const at = [i, vertStart + r, horizStart + s, k] as const;
                dAPrevPad.set(dAPrevPad.get(...at) + weights.get(r, s, k, c) * g, ...at);
                dW.set(dW.get(r, s, k, c) + aPrevPad.get(...at) * g, r, s, k, c);
              }
          db.set(db.get(0, 0, 0, c) + g, 0, 0, 0, c);
        }
  const padded = dAPrevPad.toTensor();
  const dAPrev = padded.slice([0, pad, pad, 0], [m, nHPrev, nWPrev, nCPrev]);
  padded.dispose();
  return { dAPrev, dW: dW.toTensor(), db: db.toTensor() };
}
