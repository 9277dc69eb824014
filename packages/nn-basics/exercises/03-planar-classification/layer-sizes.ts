import { NotImplemented } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";

/**
 * The sizes of the three layers, read from the data.
 *
 * @param X input data, [n_x, m]
 * @param Y labels, [n_y, m]
 * @returns nX: input size; nH: hidden size (4 in this assignment); nY: output size
 */
export function layerSizes(X: tf.Tensor, Y: tf.Tensor): { nX: number; nH: number; nY: number } {
  // TODO: nX = rows of X, nH = 4, nY = rows of Y.
  throw new NotImplemented("layerSizes");
}
