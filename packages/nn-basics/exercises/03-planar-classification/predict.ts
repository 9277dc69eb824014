import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";
import { forwardPropagation } from "./forward-propagation.ts";

/**
 * Class predictions of the trained network.
 *
 * @param parameters W1, b1, W2, b2
 * @param X input data, [n_x, m]
 * @returns [1, m] of 0/1 (float32): 1 where A2 > 0.5
 */
export function predict(parameters: Parameters, X: tf.Tensor): tf.Tensor {
  // TODO: run forwardPropagation and threshold A2 at 0.5.
  throw new NotImplemented("predict");
}
