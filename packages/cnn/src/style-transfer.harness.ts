/**
 * Drives a student's `trainStep` inside the grader's sandbox (its arguments, a tf.Variable and
 * an Adam optimizer with the notebook's globals, cannot cross as plain data), and the demo
 * and public tests outside it: the notebook's training loop, a few steps long.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { miniVgg } from "./mini-vgg.ts";
import { layerOutputs, STYLE_LAYERS, type StyleTransferContext } from "./style-transfer.ts";

export type TrainStep = (generatedImage: tf.Variable, context: StyleTransferContext) => number;

/**
 * Builds the notebook's globals (encoder, aS = encoder(style), aC = encoder(content), Adam with
 * learning rate 0.01), starts from the content image plus uniform noise in [−0.25, 0.25]
 * (clipped to [0, 1]) drawn with `seed`, runs `steps` calls of `trainStep`, and returns the
 * image, the starting image and what each step returned.
 */
export function runTrainSteps(
  trainStep: TrainStep,
  content: tf.Tensor4D,
  style: tf.Tensor4D,
  steps: number,
  seed = 1,
  learningRate = 0.01,
): { image: tf.Tensor4D; start: tf.Tensor4D; costs: number[] } {
  const size = content.shape[1];
  const vgg = miniVgg(size, seed);
  const encoder = layerOutputs(vgg);
  const aS = encoder(style);
  const aC = encoder(content);
  const noise = Float32Array.from(new RandomState(seed).rand(content.size), (u) => u * 0.5 - 0.25);
  const start = tf.tidy(() => tf.clipByValue(content.add(tf.tensor(noise, content.shape)), 0, 1));
  const image = tf.variable(start);
  const optimizer = tf.train.adam(learningRate);
  const context: StyleTransferContext = { encoder, aS, aC, optimizer, styleLayers: STYLE_LAYERS };
  const costs: number[] = [];
  for (let i = 0; i < steps; i++) costs.push(trainStep(image, context));
  const result = tf.clone(image) as tf.Tensor4D;
  tf.dispose([image, ...aS, ...aC]);
  optimizer.dispose();
  vgg.dispose();
  return { image: result, start: start as tf.Tensor4D, costs };
}
