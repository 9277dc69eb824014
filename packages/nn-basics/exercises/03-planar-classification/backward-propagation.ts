import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Grads, Parameters } from "../../src/types.ts";
import type { PlanarCache } from "./forward-propagation.ts";

/**
 * Gradients of the cross-entropy cost for the 2-layer tanh/sigmoid network.
 *
 * @param parameters W1 [n_h, n_x], b1, W2 [n_y, n_h], b2
 * @param cache Z1, A1, Z2, A2 from forwardPropagation
 * @param X input data, [n_x, m]
 * @param Y labels, [n_y, m]
 * @returns dW1 [n_h, n_x], db1 [n_h, 1], dW2 [n_y, n_h], db2 [n_y, 1]
 */
export function backwardPropagation(
  parameters: Parameters,
  cache: PlanarCache,
  X: tf.Tensor,
  Y: tf.Tensor,
): Grads {
  // TODO: dZ2 = A2 − Y, dW2, db2, then dZ1 = W2ᵀ·dZ2 ∗ (1 − A1²), dW1, db1 (each ·1/m).
  throw new NotImplemented("backwardPropagation");
}
