import type * as tf from "@tensorflow/tfjs";

/**
 * The sizes of the three layers, read from the data.
 *
 * @param X input data, [n_x, m]
 * @param Y labels, [n_y, m]
 * @returns nX: input size; nH: hidden size (4 in this assignment); nY: output size
 */
export function layerSizes(X: tf.Tensor, Y: tf.Tensor): { nX: number; nH: number; nY: number } {
  return { nX: X.shape[0]!, nH: 4, nY: Y.shape[0]! };
}
