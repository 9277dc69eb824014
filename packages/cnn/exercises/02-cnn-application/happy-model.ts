import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The happy-house classifier, a Sequential model: ZeroPadding2D(3) → Conv2D(32, 7×7, stride 1)
 * → BatchNormalization(axis 3) → ReLU → MaxPool2D(2×2) → Flatten → Dense(1, sigmoid).
 *
 * @param inputShape [n_H, n_W, 3] (the notebook's 64×64×3; smaller to train quickly)
 * @returns the model, [m, n_H, n_W, 3] → [m, 1] probability of "smiling"
 */
export function happyModel(inputShape: [number, number, number] = [64, 64, 3]): tf.Sequential {
  // TODO: tf.sequential({ layers: [...] }) with, in order: tf.layers.zeroPadding2d({ padding: 3,
  // inputShape }), conv2d({ filters: 32, kernelSize: 7, strides: 1 }), batchNormalization({ axis: 3 }),
  // reLU(), maxPooling2d({ poolSize: 2 }), flatten(), dense({ units: 1, activation: "sigmoid" }).
  throw new NotImplemented("happyModel");
}
