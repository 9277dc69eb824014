import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: compute n_H and n_W, pad APrev, then for every example i, output position (h, w) and
  // filter c: take the window starting at (h·stride, w·stride) and call convSingleStep with filter
  // c and bias c.
  throw new NotImplemented("convForward");
}
