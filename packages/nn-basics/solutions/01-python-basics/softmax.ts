import * as tf from "@tensorflow/tfjs";

/**
 * Row-wise softmax: each row becomes a probability distribution.
 *
 * @param x tensor of shape [m, n]
 * @returns tensor of shape [m, n]: e^x divided by its row sums (shape [m, 1])
 */
export function softmax(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const xExp = tf.exp(x);
    return xExp.div(xExp.sum(1, true));
  });
}
