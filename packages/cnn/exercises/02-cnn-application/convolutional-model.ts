import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: const inputImg = tf.input({ shape: inputShape }); then apply, one layer at a time
  // (tf.layers.x({...}).apply(previous) as Layer): Z1 = conv2d 8 filters 4×4 stride 1 "same";
  // A1 = reLU; P1 = maxPooling2d pool 8 stride 8 "same"; Z2 = conv2d 16 filters 2×2 stride 1
  // "same"; A2 = reLU; P2 = maxPooling2d pool 4 stride 4 "same"; F = flatten;
  // outputs = dense 6 units softmax; return tf.model({ inputs: inputImg, outputs }).
  throw new NotImplemented("convolutionalModel");
}
