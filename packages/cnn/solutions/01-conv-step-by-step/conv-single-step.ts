import * as tf from "@tensorflow/tfjs";

/**
 * One step of a convolution: one filter applied to one slice of the input, Σ(a ⊙ W) + b.
 *
 * @param aSlicePrev a window of the input, [f, f, n_C_prev]
 * @param W one filter's weights, [f, f, n_C_prev]
 * @param b that filter's bias, [1, 1, 1]
 * @returns the scalar Z as a number (the notebook returns a Python float)
 */
export function convSingleStep(aSlicePrev: tf.Tensor3D, W: tf.Tensor3D, b: tf.Tensor3D): number {
  const Z = tf.tidy(() => tf.sum(tf.mul(aSlicePrev, W)).add(tf.reshape(b, [])));
  const value = Z.dataSync()[0]!;
  Z.dispose();
  return value;
}
