import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The sigmoid of z, element by element, as float32.
 *
 * @param z a number or a tensor of any shape and dtype (an int32 tensor too)
 * @returns sigmoid(z) = 1 / (1 + e^(−z)), z's shape ([] for a number), float32
 */
export function sigmoid(z: tf.Tensor | number): tf.Tensor {
  // TODO: cast z to float32 (tf.cast), then apply tf.sigmoid.
  throw new NotImplemented("sigmoid");
}
