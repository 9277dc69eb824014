/**
 * The activation helpers the notebook provides (dnn_utils): each forward returns its
 * output and a cache (its input Z), each backward turns dA into dZ with that cache.
 */
import * as tf from "@tensorflow/tfjs";

/**
 * How far σ stays from 0 and 1. In float32, σ(z) rounds to exactly 1 for z > 16.6 (the
 * notebook's float64 only at z > 36); then log(1 − A) in the cost is −∞, 0·(−∞) is NaN,
 * and the notebook's dAL = −(Y/A − (1−Y)/(1−A)) is 0/0. A deep model that fits its
 * training set well gets there within the notebook's 2500 iterations.
 */
export const SIGMOID_MARGIN = 1e-7;

/**
 * σ(Z) element-wise, kept within [1e-7, 1 − 1e-7] (see `SIGMOID_MARGIN`).
 * @param Z any shape @returns A = σ(Z) and cache = Z
 */
export function sigmoid(Z: tf.Tensor): { A: tf.Tensor; cache: tf.Tensor } {
  const A = tf.tidy(() => tf.sigmoid(Z).clipByValue(SIGMOID_MARGIN, 1 - SIGMOID_MARGIN));
  return { A, cache: Z };
}

/** max(0, Z) element-wise. @param Z any shape @returns A = relu(Z) and cache = Z */
export function relu(Z: tf.Tensor): { A: tf.Tensor; cache: tf.Tensor } {
  return { A: tf.relu(Z), cache: Z };
}

/** dZ = dA · σ(Z)(1 − σ(Z)). @param dA like Z @param cache Z @returns dZ, Z's shape */
export function sigmoidBackward(dA: tf.Tensor, cache: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const s = tf.sigmoid(cache);
    return dA.mul(s).mul(tf.scalar(1).sub(s));
  });
}

/** dZ = dA where Z > 0, else 0. @param dA like Z @param cache Z @returns dZ, Z's shape */
export function reluBackward(dA: tf.Tensor, cache: tf.Tensor): tf.Tensor {
  return tf.tidy(() => dA.mul(cache.greater(0).cast("float32")));
}
