import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/** What the backward pass needs from the forward pass. */
export interface PlanarCache {
  /** [n_h, m] */
  Z1: tf.Tensor;
  /** tanh(Z1), [n_h, m] */
  A1: tf.Tensor;
  /** [1, m] */
  Z2: tf.Tensor;
  /** σ(Z2), [1, m] */
  A2: tf.Tensor;
}

/**
 * LINEAR → TANH → LINEAR → SIGMOID.
 *
 * @param X input data, [n_x, m]
 * @param parameters W1 [n_h, n_x], b1 [n_h, 1], W2 [n_y, n_h], b2 [n_y, 1]
 * @returns A2: the output probabilities [n_y, m]; cache: Z1, A1, Z2, A2
 */
export function forwardPropagation(
  X: tf.Tensor,
  parameters: Parameters,
): { A2: tf.Tensor; cache: PlanarCache } {
  // TODO: Z1 = W1·X + b1, A1 = tanh(Z1), Z2 = W2·A1 + b2, A2 = σ(Z2); return { A2, cache }.
  throw new NotImplemented("forwardPropagation");
}
