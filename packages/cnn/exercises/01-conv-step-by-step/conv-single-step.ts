import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: multiply the slice and the filter element-wise, sum everything, add the bias; return the
  // value as a number.
  throw new NotImplemented("convSingleStep");
}
