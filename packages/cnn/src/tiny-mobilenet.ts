/**
 * TinyMobileNet: a MobileNetV2 in miniature (given code), the pretrained base of the transfer
 * learning assignment. A 3×3 stride-2 stem, five inverted residual blocks (1×1 expansion,
 * 3×3 depthwise, linear 1×1 projection, a residual Add where shapes allow), a final 1×1
 * convolution to 64 channels: ≈30K parameters, input [H, W, 3] in [−1, 1], output
 * [H/8, W/8, 64] (no top). Batch norm is folded into the convolutions' biases (there is none),
 * so the base behaves the same with training true or false.
 *
 * The project pretrained it on a synthetic source task (src/shape-textures.ts, 10 classes) with
 * scripts/pretrain-mobilenet.ts; src/pretrained.ts loads the shipped weights. This file reads no
 * files, so the grader's sandbox (which reads none) can build the base from weights it is sent.
 */
import * as tf from "@tensorflow/tfjs";

/** The base model's name: `model.getLayer(BASE_NAME)` finds it inside a bigger model. */
export const BASE_NAME = "tiny_mobilenet";

/** The inverted residual blocks: expansion factor, output channels, stride. */
const BLOCKS: [number, number, number][] = [
  [1, 16, 1],
  [4, 24, 2],
  [4, 24, 1],
  [4, 32, 2],
  [4, 32, 1],
];

/**
 * The base without its top, [m, H, W, 3] → [m, H/8, W/8, 64], with fresh weights.
 * @param inputShape [H, W, 3], H and W multiples of 8
 */
export function tinyMobileNet(inputShape: [number, number, number]): tf.LayersModel {
  const input = tf.input({ shape: inputShape });
  const conv = (
    x: tf.SymbolicTensor,
    filters: number,
    kernelSize: number,
    strides = 1,
    activation: "relu6" | "linear" = "relu6",
  ) =>
    tf.layers
      .conv2d({ filters, kernelSize, strides, padding: "same", activation })
      .apply(x) as tf.SymbolicTensor;
  let x = conv(input, 16, 3, 2);
  let channels = 16;
  for (const [t, c, s] of BLOCKS) {
    const blockInput = x;
    if (t !== 1) x = conv(x, channels * t, 1);
    x = tf.layers
      .depthwiseConv2d({ kernelSize: 3, strides: s, padding: "same", activation: "relu6" })
      .apply(x) as tf.SymbolicTensor;
    x = conv(x, c, 1, 1, "linear");
    if (s === 1 && c === channels) x = tf.layers.add().apply([blockInput, x]) as tf.SymbolicTensor;
    channels = c;
  }
  x = conv(x, 64, 1);
  return tf.model({ inputs: input, outputs: x, name: BASE_NAME });
}

/** The base with the source task's top: GlobalAveragePooling2D → Dense(classes, softmax). */
export function withTop(base: tf.LayersModel, classes: number): tf.LayersModel {
  const input = tf.input({ shape: base.inputs[0]!.shape.slice(1) as number[] });
  const features = tf.layers
    .globalAveragePooling2d({})
    .apply(base.apply(input)) as tf.SymbolicTensor;
  const output = tf.layers.dense({ units: classes, activation: "softmax" }).apply(features);
  return tf.model({ inputs: input, outputs: output as tf.SymbolicTensor });
}

/** `tinyMobileNet(inputShape)` holding `weights` (in its getWeights() order). */
export function baseFromWeights(
  inputShape: [number, number, number],
  weights: tf.Tensor[],
): tf.LayersModel {
  const base = tinyMobileNet(inputShape);
  base.setWeights(weights);
  return base;
}
