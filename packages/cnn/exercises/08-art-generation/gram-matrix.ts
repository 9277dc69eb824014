import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The Gram matrix of a layer's unrolled activations: G = A · Aᵀ, entry (i, j) is how much
 * filters i and j fire together over all positions.
 *
 * @param A activations unrolled to [n_C, n_H · n_W]
 * @returns G [n_C, n_C]
 */
export function gramMatrix(A: tf.Tensor2D): tf.Tensor2D {
  // TODO: G = A · Aᵀ (tf.matMul with transposeB).
  throw new NotImplemented("gramMatrix");
}
