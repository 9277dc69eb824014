import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Spreads one gradient evenly over an average-pooling window: every entry gets
 * dz / (n_H · n_W), since each contributed 1/(n_H · n_W) of the average.
 *
 * @param dz the gradient of one pooled output, a number
 * @param shape the window's [n_H, n_W]
 * @returns [n_H, n_W], each entry dz / (n_H · n_W)
 */
export function distributeValue(dz: number, shape: [number, number]): tf.Tensor2D {
  // TODO: every entry of the [n_H, n_W] window gets dz / (n_H · n_W) (tf.fill).
  throw new NotImplemented("distributeValue");
}
