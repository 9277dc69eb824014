import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { gramMatrix } from "./gram-matrix.ts";

/**
 * One layer's style cost: how far the Gram matrices of the style and generated images'
 * activations are, J = Σ (G_S − G_G)² / (4 · n_C² · (n_H · n_W)²).
 *
 * The activations are unrolled to [n_C, n_H · n_W] by reshaping to [n_H · n_W, n_C] and then
 * transposing: a direct reshape to [n_C, n_H · n_W] would mix channels and positions.
 *
 * @param aS the style image's activations, [1, n_H, n_W, n_C]
 * @param aG the generated image's activations, same shape
 * @returns J_style_layer, a scalar tensor
 */
export function computeLayerStyleCost(aS: tf.Tensor4D, aG: tf.Tensor4D): tf.Scalar {
  // TODO: unroll a_S and a_G to [n_C, n_H·n_W] (reshape to [n_H·n_W, n_C], then transpose), take
  // their Gram matrices, and return Σ (G_S − G_G)² / (4 · n_C² · (n_H·n_W)²).
  throw new NotImplemented("computeLayerStyleCost");
}
