import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Row-wise softmax: each row becomes a probability distribution.
 *
 * @param x tensor of shape [m, n]
 * @returns tensor of shape [m, n]: e^x divided by its row sums (shape [m, 1])
 */
export function softmax(x: tf.Tensor): tf.Tensor {
  // TODO: exponentiate x, then divide each row by its sum (keep the sums as a [m, 1] column).
  throw new NotImplemented("softmax");
}
