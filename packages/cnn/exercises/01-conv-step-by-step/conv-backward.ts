import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: pad APrev (and a zero dAPrev the same way); for every i, h, w, c add W[..., c]·dZ[i, h,
  // w, c] to the window of dAPrevPad, the window of APrevPad·dZ[i, h, w, c] to dW[..., c], and
  // dZ[i, h, w, c] to db[c]; finally cut the padding off dAPrevPad.
  throw new NotImplemented("convBackward");
}
