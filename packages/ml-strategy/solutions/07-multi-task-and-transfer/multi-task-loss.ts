import * as tf from "@tensorflow/tfjs";

/**
 * The autonomous-driving loss: k sigmoid outputs per image (stop sign, pedestrian crossing,
 * construction, red light, green light), some labels missing. Missing labels (`?`, NaN in Y)
 * are left out of the sum, so a partly labelled image like [0, ?, 1, 1, ?] still teaches
 * three outputs:
 *
 *   J = (1/m) Σᵢ Σⱼ over labelled entries of −[yⱼ⁽ⁱ⁾ log ŷⱼ⁽ⁱ⁾ + (1 − yⱼ⁽ⁱ⁾) log(1 − ŷⱼ⁽ⁱ⁾)]
 *
 * normalized as in the lecture by the number of examples m, not by the number of labels:
 * each example's losses add up, the examples are averaged.
 *
 * @param Yhat predicted probabilities ŷ in [0, 1] (σ saturates to exactly 0 or 1 in float32), [k, m]
 * @param Y labels 0 or 1, NaN where missing, [k, m]
 * @returns J as a scalar tensor (differentiable with respect to Yhat)
 */
export function multiTaskLoss(Yhat: tf.Tensor, Y: tf.Tensor): tf.Tensor {
  const m = Y.shape[1]!;
  return tf.tidy(() => {
    const labelled = tf.logicalNot(tf.isNaN(Y));
    const y = tf.where(labelled, Y, tf.zerosLike(Y));
    // −log ŷ where y = 1, −log(1 − ŷ) where y = 0: only the term the label picks counts, so a
    // prediction saturated at exactly 1 (or 0) with a label that agrees costs 0, where
    // y·log ŷ + (1 − y)·log(1 − ŷ) would give 0 · (−∞) = NaN
    const losses = tf.where(y.equal(1), tf.log(Yhat), tf.log(tf.scalar(1).sub(Yhat))).neg();
    return tf.where(labelled, losses, tf.zerosLike(losses)).sum().div(m);
  });
}
