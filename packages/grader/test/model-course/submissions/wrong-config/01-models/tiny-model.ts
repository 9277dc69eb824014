import * as tf from "@tensorflow/tfjs";

/** Conv(4, 3×3, same) → BatchNorm(axis 3) → ReLU → MaxPool 2 → Flatten → Dense(2, softmax) on [6, 6, 2]. */
export function tinyModel(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [6, 6, 2], filters: 4, kernelSize: 3, padding: "valid" }),
      tf.layers.batchNormalization({ axis: 3 }),
      tf.layers.reLU(),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 2, activation: "softmax" }),
    ],
  });
}
