/**
 * The shipped TinyMobileNet (src/tiny-mobilenet.ts), read from the package's files (never a URL):
 * weights/tiny-mobilenet.bin (float32: the base's weights in getWeights() order, then the source
 * task's Dense(10) kernel and bias) and weights/tiny-mobilenet.json (sha256 of the .bin, the
 * seed, the held-out source-task accuracy, the shapes), written by scripts/pretrain-mobilenet.ts.
 * Node only: the grader's sandbox reads no files, so checks load the weights here and send them.
 */
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { readShippedWeights } from "./shipped-weights.ts";
import { baseFromWeights } from "./tiny-mobilenet.ts";

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

/** The shipped manifest (weights/tiny-mobilenet.json). */
export function tinyMobileNetManifest(): TinyMobileNetManifest {
  return JSON.parse(readFileSync(MANIFEST_URL, "utf8")) as TinyMobileNetManifest;
}

/** Every float32 tensor of weights/tiny-mobilenet.bin, after checking its sha256 against the manifest. */
function shippedTensors(manifest: TinyMobileNetManifest): tf.Tensor[] {
  return readShippedWeights(WEIGHTS_URL, manifest.sha256, [
    ...manifest.shapes,
    ...(manifest.topShapes ?? []),
  ]);
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
 * without its top, loaded with the shipped pretrained weights.
 */
export function loadTinyMobileNet(
  inputShape: [number, number, number] = [160, 160, 3],
): tf.LayersModel {
  return baseFromWeights(inputShape, pretrainedWeights());
}
