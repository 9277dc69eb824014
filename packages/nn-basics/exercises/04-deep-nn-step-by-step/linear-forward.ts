import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { LinearCache } from "../../src/types.ts";

/**
 * The linear part of a layer.
 *
 * @param A activations of the previous layer, [n_{l−1}, m]
 * @param W weights, [n_l, n_{l−1}]
 * @param b bias, [n_l, 1]
 * @returns Z = W·A + b, [n_l, m]; cache: { A, W, b } for the backward pass
 */
export function linearForward(
  A: tf.Tensor,
  W: tf.Tensor,
  b: tf.Tensor,
): { Z: tf.Tensor; cache: LinearCache } {
  // TODO: Z = W·A + b; return { Z, cache: { A, W, b } }.
  throw new NotImplemented("linearForward");
}
