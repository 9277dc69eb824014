/** The fraction of predictions equal to the labels (the notebook's `predict` prints it). */
import * as tf from "@tensorflow/tfjs";

/** @param predictions [1, m] of 0/1 @param Y [1, m] of 0/1 @returns a number in [0, 1] */
export function accuracy(predictions: tf.Tensor, Y: tf.Tensor): number {
  const value = tf.tidy(() => predictions.equal(Y).cast("float32").mean());
  const result = value.dataSync()[0]!;
  value.dispose();
  return result;
}
