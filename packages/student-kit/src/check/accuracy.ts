/** The fraction of predictions equal to the labels (the notebooks' `predict` prints it). */
import * as tf from "@tensorflow/tfjs";

/** @param predictions [1, m] (or any shape) of labels @param Y labels, the same shape @returns a number in [0, 1] */
export function accuracy(predictions: tf.Tensor, Y: tf.Tensor): number {
  return tf.tidy(() => predictions.equal(Y).cast("float32").mean().dataSync()[0]!);
}
