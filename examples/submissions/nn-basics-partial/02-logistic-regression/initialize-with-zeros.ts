import * as tf from "@tensorflow/tfjs";

export function initializeWithZeros(dim: number): { w: tf.Tensor; b: number } {
  const w = tf.zeros([dim, 1]);
  const b = 0.0;
  return { w, b };
}
