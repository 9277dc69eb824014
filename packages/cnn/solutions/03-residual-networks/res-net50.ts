import * as tf from "@tensorflow/tfjs";
import { glorotUniform } from "../../src/resnet.ts";
import { convolutionalBlock } from "./convolutional-block.ts";
import { identityBlock } from "./identity-block.ts";

/**
 * ResNet-50: a 7×7 stride-2 stem, max pooling, four stages of one convolutional block and
 * 2, 3, 5 and 2 identity blocks, average pooling and a softmax layer.
 *
 * @param inputShape [n_H, n_W, 3] of the images
 * @param classes the softmax's size
 * @param width the stem's filter count and the unit of every stage's ([width, width, 4·width],
 *   then ×2, ×4, ×8); the notebook's network has 64. Smaller widths build the same architecture
 *   small (the grader checks at width 4; the input must stay 64×64 or larger for the last pooling).
 * @returns the model, [m, n_H, n_W, 3] → [m, classes]
 */
export function resNet50(
  inputShape: [number, number, number] = [64, 64, 3],
  classes = 6,
  width = 64,
): tf.LayersModel {
  const stage = (k: number): [number, number, number] => [width * k, width * k, 4 * width * k];
  const input = tf.input({ shape: inputShape });
  let X = tf.layers.zeroPadding2d({ padding: 3 }).apply(input) as tf.SymbolicTensor;
  X = tf.layers
    .conv2d({ filters: width, kernelSize: 7, strides: 2, kernelInitializer: glorotUniform(0) })
    .apply(X) as tf.SymbolicTensor;
  X = tf.layers.batchNormalization({ axis: 3 }).apply(X) as tf.SymbolicTensor;
  X = tf.layers.activation({ activation: "relu" }).apply(X) as tf.SymbolicTensor;
  X = tf.layers.maxPooling2d({ poolSize: 3, strides: 2 }).apply(X) as tf.SymbolicTensor;
  const stages: [number, number, number][] = [
    [1, 1, 2],
    [2, 2, 3],
    [4, 2, 5],
    [8, 2, 2],
  ];
  for (const [k, s, identities] of stages) {
    X = convolutionalBlock(X, 3, stage(k), s) as tf.SymbolicTensor;
    for (let i = 0; i < identities; i++) X = identityBlock(X, 3, stage(k)) as tf.SymbolicTensor;
  }
  X = tf.layers.averagePooling2d({ poolSize: 2 }).apply(X) as tf.SymbolicTensor;
  X = tf.layers.flatten().apply(X) as tf.SymbolicTensor;
  const output = tf.layers
    .dense({ units: classes, activation: "softmax", kernelInitializer: glorotUniform(0) })
    .apply(X) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output });
}
