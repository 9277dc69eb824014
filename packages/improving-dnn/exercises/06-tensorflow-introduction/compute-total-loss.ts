import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The total loss: the softmax cross-entropy of each example, summed over the examples
 * (not averaged: the training loop adds the mini-batches' totals and divides by m once).
 * The softmax is taken over the classes, inside the loss, from the logits.
 *
 * @param logits Z3, [C, m]
 * @param labels one-hot, [C, m]
 * @returns Σ_i −Σ_c labels[c, i] · log softmax(logits[:, i])[c], a scalar tensor
 */
export function computeTotalLoss(logits: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  // TODO: tf.losses.softmaxCrossEntropy on the transposes (examples as rows), reduced with tf.Reduction.SUM.
  throw new NotImplemented("computeTotalLoss");
}
