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
  const [, nH, nW, nC] = aG.shape;
  return tf.tidy(() => {
    const unrolledS = tf.transpose(tf.reshape(aS, [nH * nW, nC])) as tf.Tensor2D;
    const unrolledG = tf.transpose(tf.reshape(aG, [nH * nW, nC])) as tf.Tensor2D;
    const GS = gramMatrix(unrolledS);
    const GG = gramMatrix(unrolledG);
    return tf.sum(tf.square(tf.sub(GS, GG))).div(4 * nC * nC * (nH * nW) ** 2);
  });
}
