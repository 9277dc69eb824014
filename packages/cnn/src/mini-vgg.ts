/**
 * The style-transfer feature extractor: a small VGG-style network (five 3×3 convolutions,
 * 16-16-32-32-64 filters, ReLU, average pooling after the second and fourth) with seeded
 * random weights (0 KB shipped). Layers are named conv1 … conv5 for STYLE_LAYERS.
 *
 * @param size the images' height and width (the notebook uses 400; 64 is plenty here)
 * @param seed the weights' seed
 */
import * as tf from "@tensorflow/tfjs";

export function miniVgg(size = 64, seed = 1): tf.LayersModel {
  const conv = (name: string, filters: number, i: number, inputShape?: number[]) =>
    tf.layers.conv2d({
      name,
      filters,
      kernelSize: 3,
      padding: "same",
      activation: "relu",
      kernelInitializer: tf.initializers.heNormal({ seed: seed * 100 + i }),
      ...(inputShape ? { inputShape } : {}),
    });
  const model = tf.sequential({
    layers: [
      conv("conv1", 16, 1, [size, size, 3]),
      conv("conv2", 16, 2),
      tf.layers.averagePooling2d({ poolSize: 2 }),
      conv("conv3", 32, 3),
      conv("conv4", 32, 4),
      tf.layers.averagePooling2d({ poolSize: 2 }),
      conv("conv5", 64, 5),
    ],
  });
  model.trainable = false;
  return model;
}
