import type * as tf from "@tensorflow/tfjs";

export function image2vector(image: tf.Tensor): tf.Tensor {
  return image.reshape([image.size, 1]);
}
