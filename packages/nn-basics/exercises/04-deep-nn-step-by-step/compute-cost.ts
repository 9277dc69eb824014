import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The cross-entropy cost, kept as a tensor so a training loop need not read it back
 * every iteration.
 *
 * @param AL output probabilities, [1, m]
 * @param Y labels 0/1, [1, m]
 * @returns −(1/m) Σ [Y log AL + (1 − Y) log(1 − AL)], a scalar tensor
 */
export function computeCost(AL: tf.Tensor, Y: tf.Tensor): tf.Scalar {
  // TODO: −(1/m) Σ [Y log AL + (1 − Y) log(1 − AL)], as a scalar tensor.
  throw new NotImplemented("computeCost");
}
