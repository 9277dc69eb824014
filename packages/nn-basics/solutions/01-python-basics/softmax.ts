import * as tf from "@tensorflow/tfjs";

/**
 * Row-wise softmax: each row becomes a probability distribution.
 *
 * @param x tensor of shape [m, n]
 * @returns tensor of shape [m, n]: e^x divided by its row sums (shape [m, 1]), computed as
 *   e^(x − max) over its sum, which is the same value but does not overflow to ∞/∞ = NaN
 *   once an entry exceeds 88 (float32's largest e^x)
 */
export function softmax(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const xExp = tf.exp(x.sub(x.max(1, true)));
    return xExp.div(xExp.sum(1, true));
  });
}
