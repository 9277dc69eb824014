import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * U-Net's encoder block: two 3×3 'same' convolutions with ReLU (He normal initialisation),
 * dropout if asked, and 2×2 max pooling if asked. The activations before pooling are kept
 * for the decoder's skip connection.
 *
 * @param inputs [m, n_H, n_W, n_C] (symbolic or real)
 * @param nFilters the convolutions' filter count
 * @param dropoutProb dropout's rate after the convolutions (0: no dropout layer)
 * @param maxPooling whether to halve the size with 2×2 max pooling
 * @returns nextLayer (pooled: [m, n_H/2, n_W/2, nFilters]) and skipConnection ([m, n_H, n_W, nFilters])
 */
export function convBlock(
  inputs: tf.SymbolicTensor | tf.Tensor4D,
  nFilters = 32,
  dropoutProb = 0,
  maxPooling = true,
): { nextLayer: tf.SymbolicTensor | tf.Tensor4D; skipConnection: tf.SymbolicTensor | tf.Tensor4D } {
  // TODO: two Conv2D(nFilters, 3×3, "same", relu, kernelInitializer "heNormal"); then
  // Dropout(dropoutProb) if it is above 0; keep that as the skip connection; nextLayer is
  // MaxPooling2D(2×2) of it when maxPooling, else the same tensor.
  throw new NotImplemented("convBlock");
}
