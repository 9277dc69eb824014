import * as tf from "@tensorflow/tfjs";

/**
 * The happy-house classifier, a Sequential model: ZeroPadding2D(3) → Conv2D(32, 7×7, stride 1)
 * → BatchNormalization(axis 3) → ReLU → MaxPool2D(2×2) → Flatten → Dense(1, sigmoid).
 *
 * @param inputShape [n_H, n_W, 3] (the notebook's 64×64×3; smaller to train quickly)
 * @returns the model, [m, n_H, n_W, 3] → [m, 1] probability of "smiling"
 */
export function happyModel(inputShape: [number, number, number] = [64, 64, 3]): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.zeroPadding2d({ padding: 3, inputShape }),
      tf.layers.conv2d({ filters: 32, kernelSize: 7, strides: 1 }),
      tf.layers.batchNormalization({ axis: 3 }),
      tf.layers.reLU(),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 1, activation: "sigmoid" }),
    ],
  });
}
