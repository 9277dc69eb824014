import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { softmax } from "./softmax.ts";

/**
 * The gradient of the softmax cross-entropy with respect to the logits (week 3 lecture
 * "Training a Softmax Classifier": dz = ŷ − y), for the cost averaged over the m examples:
 * dZ = (softmax(ZL) − Y) / m. The same form as logistic regression's dz = a − y.
 *
 * @param ZL logits of the last layer, [C, m]
 * @param Y one-hot labels, [C, m]
 * @returns dZ, [C, m]
 */
export function softmaxCrossEntropyBackward(ZL: tf.Tensor, Y: tf.Tensor): tf.Tensor {
  // TODO: dZ = (softmax(ZL) − Y) / m (import softmax from "./softmax.ts").
  throw new NotImplemented("softmaxCrossEntropyBackward");
}
