import { NotImplemented } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";

/**
 * Unrolls an image into a column vector, in C order (as numpy's `reshape`).
 *
 * @param image tensor of shape [length, height, depth]
 * @returns tensor of shape [length·height·depth, 1]
 */
export function image2vector(image: tf.Tensor): tf.Tensor {
  // TODO: reshape the [length, height, depth] image into a [length·height·depth, 1] column.
  throw new NotImplemented("image2vector");
}
