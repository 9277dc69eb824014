import * as tf from "@tensorflow/tfjs";

// the functional API this time: the same layers as the reference's sequential model
export function tinyModel(): tf.LayersModel {
  const input = tf.input({ shape: [6, 6, 2] });
  let x = tf.layers.conv2d({ filters: 4, kernelSize: [3, 3], padding: "same" }).apply(input);
  x = tf.layers.batchNormalization({ axis: 3 }).apply(x);
  x = tf.layers.reLU().apply(x);
  x = tf.layers.maxPooling2d({ poolSize: [2, 2] }).apply(x);
  x = tf.layers.flatten().apply(x);
  const output = tf.layers.dense({ units: 2, activation: "softmax" }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output });
}
