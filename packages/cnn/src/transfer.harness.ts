/**
 * Given code for transfer learning: builds what a student's alpacaModel and fineTune need
 * inside the grader's sandbox (the pretrained base from weights sent as tensors, since the
 * sandbox reads no package files), trains, and answers with plain data the grader scores
 * itself: logits of pictures whose labels the model never saw, the base's weights after
 * training, which layers trained, the optimizer's learning rate.
 */
import * as tf from "@tensorflow/tfjs";
import { randomFlip } from "./augmentation.ts";
import { binaryCrossentropyFromLogits } from "./logit-loss.ts";
import { BASE_NAME, loadTinyMobileNet } from "./tiny-mobilenet.ts";

type Fn = (...args: never[]) => unknown;

/** A light augmentation for checks: one seeded RandomFlip ([m, H, W, 3] → same). */
export function flipOnly(imageShape: [number, number, number], seed = 7): tf.Sequential {
  return tf.sequential({ layers: [randomFlip({ inputShape: imageShape, seed })] });
}

/** `alpacaModel(imageShape, flipOnly(imageShape), base)` with the base built from `baseWeights`. */
export function alpacaModelFrom(
  alpacaModel: Fn,
  imageShape: [number, number, number],
  baseWeights: tf.Tensor[],
): tf.LayersModel {
  const build = alpacaModel as (...a: unknown[]) => tf.LayersModel;
  return build(imageShape, flipOnly(imageShape), loadTinyMobileNet(imageShape, baseWeights));
}

/** Every weight of the model's base, in getWeights() order (null when it has no base). */
function baseWeightsOf(model: tf.LayersModel): tf.Tensor[] | null {
  const base = model.layers.find((l) => l.name === BASE_NAME);
  return base ? base.getWeights() : null;
}

/**
 * Builds the student's alpacaModel at the images' size on the pretrained base, compiles it
 * (Adam(learningRate), binary cross-entropy from logits), trains the head for `epochs`, and
 * answers with its logits [m_test, 1] for the test images and its base's weights afterwards.
 */
export async function trainHead(
  alpacaModel: Fn,
  baseWeights: tf.Tensor[],
  trainImages: tf.Tensor4D,
  trainLabels: tf.Tensor2D,
  testImages: tf.Tensor4D,
  epochs: number,
  learningRate: number,
): Promise<{ logits: tf.Tensor; baseWeights: tf.Tensor[] | null }> {
  const shape = trainImages.shape.slice(1) as [number, number, number];
  const model = alpacaModelFrom(alpacaModel, shape, baseWeights);
  model.compile({ optimizer: tf.train.adam(learningRate), loss: binaryCrossentropyFromLogits });
  await model.fit(trainImages, trainLabels, { epochs, batchSize: 32, shuffle: false, verbose: 0 });
  return { logits: model.predict(testImages) as tf.Tensor, baseWeights: baseWeightsOf(model) };
}

/**
 * A classifier input → Rescaling → base → GlobalAveragePooling2D → Dense(1) with the given
 * head weights (kernel [64, 1], bias [1]) is fine-tuned by the student's `fineTune(model,
 * fineTuneAt, baseLearningRate)`, then trained for `epochs` with what fineTune compiled.
 * Answers with, per base layer, whether its weights are among those the model trains; the
 * optimizer's learning rate; the loss the compiled model reports on the test images with
 * their labels (and their logits, to recompute it); the base's weights after training.
 */
export async function fineTuneAndTrain(
  fineTune: Fn,
  baseWeights: tf.Tensor[],
  headWeights: tf.Tensor[],
  trainImages: tf.Tensor4D,
  trainLabels: tf.Tensor2D,
  testImages: tf.Tensor4D,
  testLabels: tf.Tensor2D,
  fineTuneAt: number,
  baseLearningRate: number,
  epochs: number,
) {
  const shape = trainImages.shape.slice(1) as [number, number, number];
  const base = loadTinyMobileNet(shape, baseWeights);
  base.trainable = false;
  const input = tf.input({ shape });
  const scaled = tf.layers.rescaling({ scale: 1 / 127.5, offset: -1 }).apply(input);
  const pooled = tf.layers.globalAveragePooling2d({}).apply(base.apply(scaled));
  const head = tf.layers.dense({ units: 1 });
  const model = tf.model({ inputs: input, outputs: head.apply(pooled) as tf.SymbolicTensor });
  head.setWeights(headWeights);
  (fineTune as (...a: unknown[]) => unknown)(model, fineTuneAt, baseLearningRate);
  const training = new Set(model.trainableWeights.map((w) => w.id));
  const trains = base.layers.map(
    (l) => l.weights.length > 0 && l.weights.every((w) => training.has(w.id)),
  );
  const optimizer = model.optimizer as unknown as { learningRate?: number } | undefined;
  const learningRate = optimizer?.learningRate ?? null;
  await model.fit(trainImages, trainLabels, { epochs, batchSize: 32, shuffle: false, verbose: 0 });
  const logits = model.predict(testImages) as tf.Tensor;
  const loss = model.evaluate(testImages, testLabels, { batchSize: 64 });
  const reported = (Array.isArray(loss) ? loss[0]! : loss).dataSync()[0]!;
  return { trains, learningRate, loss: reported, logits, baseWeights: base.getWeights() };
}
