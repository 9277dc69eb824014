import type * as tf from "@tensorflow/tfjs";

/**
 * Unrolls an image into a column vector, in C order (as numpy's `reshape`).
 *
 * @param image tensor of shape [length, height, depth]
 * @returns tensor of shape [length·height·depth, 1]
 */
export function image2vector(image: tf.Tensor): tf.Tensor {
  const [length, height, depth] = image.shape as [number, number, number];
  return image.reshape([length * height * depth, 1]);
}
