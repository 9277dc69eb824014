/**
 * The activation helpers the notebook provides (dnn_utils): each forward returns its
 * output and a cache (its input Z), each backward turns dA into dZ with that cache.
 */
import * as tf from "@tensorflow/tfjs";

/** σ(Z) element-wise. @param Z any shape @returns A = σ(Z) and cache = Z */
export function sigmoid(Z: tf.Tensor): { A: tf.Tensor; cache: tf.Tensor } {
  return { A: tf.sigmoid(Z), cache: Z };
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
