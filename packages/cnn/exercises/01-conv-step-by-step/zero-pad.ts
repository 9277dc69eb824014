import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Pads every image of a batch with zeros around its height and width (not the batch or
 * channel axes), as `np.pad(X, ((0,0), (pad,pad), (pad,pad), (0,0)))`.
 *
 * @param X a batch of images, [m, n_H, n_W, n_C]
 * @param pad how many zeros to add on each side of each image's height and width
 * @returns [m, n_H + 2·pad, n_W + 2·pad, n_C]
 */
export function zeroPad(X: tf.Tensor4D, pad: number): tf.Tensor4D {
  // TODO: pad axes 1 and 2 (height, width) with `pad` zeros on each side, leave axes 0 and 3 alone
  // (tf.pad).
  throw new NotImplemented("zeroPad");
}
