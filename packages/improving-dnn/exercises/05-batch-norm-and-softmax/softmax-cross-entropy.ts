import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The cost of a softmax classifier (week 3 lecture "Training a Softmax Classifier"):
 * L(ŷ, y) = −Σ_j y_j log ŷ_j for one example, J = (1/m) Σ L over the m examples, with
 * ŷ = softmax(ZL). The lecture's y = [0, 1, 0, 0], ŷ = [0.3, 0.2, 0.1, 0.4] costs −log 0.2.
 *
 * Computed from the logits with log-sum-exp, log ŷ = ZL − c − log Σ e^{ZL − c} (c the
 * column's max), so a confident wrong answer costs a large finite number, never log 0 = −∞.
 *
 * @param ZL logits of the last layer, [C, m]
 * @param Y one-hot labels, [C, m]
 * @returns the cost J
 */
export function softmaxCrossEntropy(ZL: tf.Tensor, Y: tf.Tensor): number {
  // TODO: log ŷ by log-sum-exp over the classes (axis 0), then −(1/m) Σ Y·log ŷ as a number.
  throw new NotImplemented("softmaxCrossEntropy");
}
