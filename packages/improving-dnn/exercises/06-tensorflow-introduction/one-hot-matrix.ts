import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The one-hot encoding of one label.
 *
 * @param label a class index in 0 … C−1: a number, a one-element array `[k]`, or an int32
 *   tensor of shape [] or [1] (`tf.scalar(k, "int32")`)
 * @param C the number of classes (the depth)
 * @returns [C] float32, 1 at the label's index and 0 elsewhere
 */
export function oneHotMatrix(label: tf.Tensor | number | number[], C = 6): tf.Tensor {
  // TODO: tf.oneHot(label, C) (int32), reshaped to [C] and cast to float32.
  throw new NotImplemented("oneHotMatrix");
}
