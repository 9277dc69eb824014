import * as tf from "@tensorflow/tfjs";

type Layer = tf.SymbolicTensor;

/**
 * The SIGNS classifier, a functional model: Conv2D(8, 4×4, stride 1, "same") → ReLU →
 * MaxPool(8×8, stride 8, "same") → Conv2D(16, 2×2, stride 1, "same") → ReLU →
 * MaxPool(4×4, stride 4, "same") → Flatten → Dense(6, softmax).
 *
 * @param inputShape [n_H, n_W, 3] (the notebook's 64×64×3)
 * @returns the model, [m, n_H, n_W, 3] → [m, 6] class probabilities
 */
export function convolutionalModel(
  inputShape: [number, number, number] = [64, 64, 3],
): tf.LayersModel {
  const inputImg = tf.input({ shape: inputShape });
  const Z1 = tf.layers
    .conv2d({ filters: 8, kernelSize: 4, strides: 1, padding: "same" })
    .apply(inputImg) as Layer;
  const A1 = tf.layers.reLU().apply(Z1) as Layer;
  const P1 = tf.layers
    .maxPooling2d({ poolSize: 8, strides: 8, padding: "same" })
    .apply(A1) as Layer;
  const Z2 = tf.layers
    .conv2d({ filters: 16, kernelSize: 2, strides: 1, padding: "same" })
    .apply(P1) as Layer;
  const A2 = tf.layers.reLU().apply(Z2) as Layer;
  const P2 = tf.layers
    .maxPooling2d({ poolSize: 4, strides: 4, padding: "same" })
    .apply(A2) as Layer;
  const F = tf.layers.flatten().apply(P2) as Layer;
  const outputs = tf.layers.dense({ units: 6, activation: "softmax" }).apply(F) as Layer;
  return tf.model({ inputs: inputImg, outputs });
}
