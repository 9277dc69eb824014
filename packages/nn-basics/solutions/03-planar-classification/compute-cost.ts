import * as tf from "@tensorflow/tfjs";

/**
 * The cross-entropy cost.
 *
 * @param A2 output probabilities, [1, m]
 * @param Y labels 0/1, [1, m]
 * @returns −(1/m) Σ [Y log A2 + (1 − Y) log(1 − A2)], a number; a term whose label
 *   weight is 0 counts as 0 even where its log is −∞ (A2 exactly 0 or 1)
 */
export function computeCost(A2: tf.Tensor, Y: tf.Tensor): number {
  const m = Y.shape[1]!;
  // x·log y with 0·log 0 taken as 0, its limit: a label of 0 (or 1) switches its term off,
  // so a certain, correct prediction (A exactly 1 or 0, float32's σ beyond |z| ≈ 17)
  // costs 0 instead of 0·(−∞) = NaN
  const xlogy = (x: tf.Tensor, y: tf.Tensor) =>
    tf.where(x.equal(0), tf.zerosLike(x), x.mul(tf.log(y)));
  const cost = tf.tidy(() =>
    xlogy(Y, A2)
      .add(xlogy(tf.scalar(1).sub(Y), tf.scalar(1).sub(A2)))
      .sum()
      .div(-m),
  );
  const value = cost.dataSync()[0]!;
  cost.dispose();
  return value;
}
