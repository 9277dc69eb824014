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
  return tf.tidy(() => {
    const { W1, b1, W2, b2 } = parameters as Record<"W1" | "b1" | "W2" | "b2", tf.Tensor>;
    const Z1 = tf.matMul(W1, X).add(b1);
    const A1 = tf.tanh(Z1);
    const Z2 = tf.matMul(W2, A1).add(b2);
    const A2 = tf.sigmoid(Z2);
    return { A2, cache: { Z1, A1, Z2, A2 } };
  });
}
