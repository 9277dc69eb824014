import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "./sigmoid.ts";

/**
 * The gradient of the sigmoid with respect to its input, element-wise.
 *
 * @param x tensor of any shape
 * @returns σ'(x) = σ(x)(1 − σ(x)), same shape as x
 */
export function sigmoidDerivative(x: tf.Tensor): tf.Tensor {
  // TODO: compute s = sigmoid(x), then return s · (1 − s).
  throw new NotImplemented("sigmoidDerivative");
}
