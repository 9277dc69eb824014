import * as tf from "@tensorflow/tfjs";

/**
 * The L1 loss: the sum of absolute differences.
 *
 * @param yhat predictions, shape [m]
 * @param y true labels, shape [m]
 * @returns Σ |y − ŷ| as a number
 */
export function l1(yhat: tf.Tensor, y: tf.Tensor): number {
  const loss = tf.tidy(() => tf.sum(tf.abs(y.sub(yhat))));
  const value = loss.dataSync()[0]!;
  loss.dispose();
  return value;
}
