import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Grads, LinearActivationCache } from "../../src/types.ts";
import { linearActivationBackward } from "./linear-activation-backward.ts";

/**
 * The backward pass of the L-layer network.
 *
 * @param AL output probabilities, [1, m]
 * @param Y labels, [1, m]
 * @param caches the L caches of lModelForward, in forward order
 * @returns grads: dA{l−1}, dW{l}, db{l} for l = L … 1 (each shaped like what it differentiates)
 */
export function lModelBackward(
  AL: tf.Tensor,
  Y: tf.Tensor,
  caches: LinearActivationCache[],
): Grads {
  // TODO: dAL = −(Y/AL − (1 − Y)/(1 − AL)); the sigmoid layer first, then the relu layers backwards; fill dA{l−1}, dW{l}, db{l}.
  throw new NotImplemented("lModelBackward");
}
