import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The content cost: how far the generated image's activations at the content layer are from
 * the content image's, J = Σ (a_C − a_G)² / (4 · n_H · n_W · n_C).
 *
 * @param contentOutput the encoder's outputs on the content image; the last is a_C [1, n_H, n_W, n_C]
 * @param generatedOutput the encoder's outputs on the generated image; the last is a_G, same shape
 * @returns J_content, a scalar tensor
 */
export function computeContentCost(
  contentOutput: tf.Tensor[],
  generatedOutput: tf.Tensor[],
): tf.Scalar {
  // TODO: take the last output of each list (a_C, a_G), read n_H, n_W, n_C from a_G's shape, and
  // return Σ (a_C − a_G)² / (4 · n_H · n_W · n_C) as a scalar tensor.
  throw new NotImplemented("computeContentCost");
}
