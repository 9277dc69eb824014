import * as tf from "@tensorflow/tfjs";

// hostile: the last layer computes no softmax but tells the summary it does
export function tinyModel(): tf.LayersModel {
  const dense = tf.layers.dense({ units: 2, activation: "linear" });
  const config = dense.getConfig.bind(dense);
  dense.getConfig = () => ({ ...config(), activation: "softmax" });
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [6, 6, 2], filters: 4, kernelSize: 3, padding: "same" }),
      tf.layers.batchNormalization({ axis: 3 }),
      tf.layers.reLU(),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      dense,
    ],
  });
}
