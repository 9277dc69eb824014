import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";

/**
 * The forward pass LINEAR → RELU → LINEAR → RELU → LINEAR, without the final softmax
 * (the loss applies it).
 *
 * @param X input, [n_x, m]
 * @param parameters W1 [n_1, n_x], b1 [n_1, 1], W2 [n_2, n_1], b2 [n_2, 1], W3 [n_y, n_2], b3 [n_y, 1]
 * @returns Z3, the logits, [n_y, m]
 */
export function forwardPropagation(X: tf.Tensor, parameters: Parameters): tf.Tensor {
  // TODO: Z1 = W1·X + b1, A1 = relu(Z1), Z2 = W2·A1 + b2, A2 = relu(Z2), return Z3 = W3·A2 + b3.
  throw new NotImplemented("forwardPropagation");
}
