import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Element-wise sigmoid of a tensor of any shape.
 *
 * @param x tensor of any shape
 * @returns σ(x) = 1 / (1 + e^(−x)), same shape as x
 */
export function sigmoid(x: tf.Tensor): tf.Tensor {
  // TODO: return σ(x) = 1 / (1 + e^(−x)), element-wise, with tf ops.
  throw new NotImplemented("sigmoid");
}
