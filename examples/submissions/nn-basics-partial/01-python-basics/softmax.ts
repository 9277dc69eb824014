import * as tf from "@tensorflow/tfjs";

// A typical slip: the row sums lose their axis (no keepdims), so they broadcast
// along the wrong dimension.
export function softmax(x: tf.Tensor): tf.Tensor {
  const xExp = tf.exp(x);
  const xSum = tf.sum(xExp, 1);
  return tf.div(xExp, xSum);
}
