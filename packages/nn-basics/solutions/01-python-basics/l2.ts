import * as tf from "@tensorflow/tfjs";

/**
 * The L2 loss: the sum of squared differences.
 *
 * @param yhat predictions, shape [m]
 * @param y true labels, shape [m]
 * @returns Σ (y − ŷ)² as a number
 */
export function l2(yhat: tf.Tensor, y: tf.Tensor): number {
  const loss = tf.tidy(() => {
    const diff = y.sub(yhat);
    return tf.dot(diff, diff);
  });
  const value = loss.dataSync()[0]!;
  loss.dispose();
  return value;
}
