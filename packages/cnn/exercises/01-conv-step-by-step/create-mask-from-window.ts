import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Where a max-pooling window's maximum is: true at every entry equal to the window's
 * largest value (all of them when several tie, as numpy's `x == np.max(x)`), false elsewhere.
 *
 * @param x one window, [f, f]
 * @returns a bool tensor, [f, f]
 */
export function createMaskFromWindow(x: tf.Tensor2D): tf.Tensor2D {
  // TODO: compare every entry of x with the maximum of x (tf.max, tf.equal).
  throw new NotImplemented("createMaskFromWindow");
}
