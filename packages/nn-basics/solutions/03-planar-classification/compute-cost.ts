import * as tf from "@tensorflow/tfjs";

/**
 * The cross-entropy cost.
 *
 * @param A2 output probabilities, [1, m]
 * @param Y labels 0/1, [1, m]
 * @returns −(1/m) Σ [Y log A2 + (1 − Y) log(1 − A2)], a number
 */
export function computeCost(A2: tf.Tensor, Y: tf.Tensor): number {
  const m = Y.shape[1]!;
  const cost = tf.tidy(() =>
    Y.mul(tf.log(A2))
      .add(
        tf
          .scalar(1)
          .sub(Y)
          .mul(tf.log(tf.scalar(1).sub(A2))),
      )
      .sum()
      .div(-m),
  );
  const value = cost.dataSync()[0]!;
  cost.dispose();
  return value;
}
