import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The logistic function, element-wise.
 *
 * @param z tensor of any shape
 * @returns σ(z) = 1 / (1 + e^(−z)), same shape
 */
export function sigmoid(z: tf.Tensor): tf.Tensor {
  // TODO: return 1 / (1 + e^(−z)), element-wise, with tf ops.
  throw new NotImplemented("sigmoid");
}
