/**
 * TinyMobileNet: a MobileNetV2 in miniature (given code), the pretrained base of the transfer
 * learning assignment. A 3×3 stride-2 stem, five inverted residual blocks (1×1 expansion,
 * 3×3 depthwise, linear 1×1 projection, a residual Add where shapes allow), a final 1×1
 * convolution to 64 channels: ≈30K parameters, input [H, W, 3] in [−1, 1], output
 * [H/8, W/8, 64] (no top). Batch norm is folded into the convolutions' biases (there is none),
 * so the base behaves the same with training true or false.
 *
 * The project pretrained it on a synthetic source task (src/shape-textures.ts, 10 classes) with
 * scripts/pretrain-mobilenet.ts; the weights ship in weights/tiny-mobilenet.bin (float32, the
 * base's in getWeights() order, then the source top's) with weights/tiny-mobilenet.json (sha256, seed, source-task accuracy).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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

/** Where the shipped weights and their manifest live. */
export const WEIGHTS_URL = new URL("../weights/tiny-mobilenet.bin", import.meta.url);
export const MANIFEST_URL = new URL("../weights/tiny-mobilenet.json", import.meta.url);

export interface TinyMobileNetManifest {
  sha256: string;
  seed: number;
  /** accuracy of the pretrained network (with its top) on held-out source-task images */
  sourceAccuracy: number;
  sourceImageSize: number;
  /** the base's weight shapes, in getWeights() order */
  shapes: number[][];
  /** the source task's Dense(10) kernel and bias, stored after the base */
  topShapes?: number[][];
}

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

/** The shipped manifest (weights/tiny-mobilenet.json). */
export function tinyMobileNetManifest(): TinyMobileNetManifest {
  return JSON.parse(readFileSync(MANIFEST_URL, "utf8")) as TinyMobileNetManifest;
}

/** Every float32 tensor of weights/tiny-mobilenet.bin, after checking its sha256 against the manifest. */
function shippedTensors(manifest: TinyMobileNetManifest): tf.Tensor[] {
  const bytes = readFileSync(WEIGHTS_URL);
  const sha = createHash("sha256").update(bytes).digest("hex");
  if (sha !== manifest.sha256)
    throw new Error(
      `tiny-mobilenet.bin: sha256 ${sha} differs from the manifest's ${manifest.sha256}`,
    );
  const values = new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  let offset = 0;
  return [...manifest.shapes, ...(manifest.topShapes ?? [])].map((shape) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const t = tf.tensor(values.subarray(offset, offset + size), shape);
    offset += size;
    return t;
  });
}

/**
 * The shipped pretrained weights of the base, in `tinyMobileNet(...).getWeights()` order. They
 * fit the base at any input size.
 */
export function pretrainedWeights(): tf.Tensor[] {
  const manifest = tinyMobileNetManifest();
  const all = shippedTensors(manifest);
  tf.dispose(all.slice(manifest.shapes.length));
  return all.slice(0, manifest.shapes.length);
}

/** The source task's top (Dense(10) kernel [64, 10] and bias [10]) the base was pretrained with. */
export function sourceTopWeights(): tf.Tensor[] {
  const manifest = tinyMobileNetManifest();
  const all = shippedTensors(manifest);
  tf.dispose(all.slice(0, manifest.shapes.length));
  return all.slice(manifest.shapes.length);
}

/**
 * The notebook's `MobileNetV2(input_shape, include_top=False, weights='imagenet')`: TinyMobileNet
 * without its top, loaded with the shipped pretrained weights (or `weights`, in getWeights() order).
 */
export function loadTinyMobileNet(
  inputShape: [number, number, number] = [160, 160, 3],
  weights: tf.Tensor[] = pretrainedWeights(),
): tf.LayersModel {
  const base = tinyMobileNet(inputShape);
  base.setWeights(weights);
  return base;
}
