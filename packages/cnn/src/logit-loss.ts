/**
 * Keras's `BinaryCrossentropy(from_logits=True)`, which tfjs-layers lacks as a loss name
 * (`"binaryCrossentropy"` expects probabilities): the mean of
 * max(z, 0) − z·y + log(1 + e^−|z|) over logits z [m, 1] and labels y [m, 1] in {0, 1}.
 */
import * as tf from "@tensorflow/tfjs";

export function binaryCrossentropyFromLogits(yTrue: tf.Tensor, logits: tf.Tensor): tf.Scalar {
  return tf.losses.sigmoidCrossEntropy(yTrue, logits) as tf.Scalar;
}
