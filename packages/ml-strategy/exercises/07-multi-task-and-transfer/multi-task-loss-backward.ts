import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The gradient of the multi-task loss with respect to the output layer's Z, where
 * ŷ = σ(Z): for a labelled entry the familiar (ŷ − y), with the loss's 1/m, and 0 where
 * the label is missing (a `?` teaches nothing, so it pushes no output).
 *
 * @param Z the output layer's linear part, [k, m]
 * @param Y labels 0 or 1, NaN where missing, [k, m]
 * @returns dZ = ∂J/∂Z = (σ(Z) − Y) / m on labelled entries, 0 on missing ones, [k, m]
 */
export function multiTaskLossBackward(Z: tf.Tensor, Y: tf.Tensor): tf.Tensor {
  // TODO: (σ(Z) − Y) / m on the labelled entries, 0 where Y is NaN (tf.where, not a multiplication by the mask).
  throw new NotImplemented("multiTaskLossBackward");
}
