import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * U-Net's decoder block: a 3×3 transposed convolution with stride 2 doubles the size, the
 * encoder's skip connection of that size is concatenated on the channels, and two 3×3 'same'
 * convolutions with ReLU (He normal) merge them.
 *
 * @param expansiveInput the decoder's input, [m, n_H, n_W, n_C]
 * @param contractiveInput the skip connection, [m, 2·n_H, 2·n_W, n_C']
 * @param nFilters the filter count of every convolution here
 * @returns [m, 2·n_H, 2·n_W, nFilters]
 */
export function upsamplingBlock(
  expansiveInput: tf.SymbolicTensor | tf.Tensor4D,
  contractiveInput: tf.SymbolicTensor | tf.Tensor4D,
  nFilters = 32,
): tf.SymbolicTensor | tf.Tensor4D {
  // TODO: Conv2DTranspose(nFilters, 3×3, strides 2, "same") on the expansive input; Concatenate
  // (axis 3) with the contractive input; then two Conv2D(nFilters, 3×3, "same", relu, "heNormal").
  throw new NotImplemented("upsamplingBlock");
}
