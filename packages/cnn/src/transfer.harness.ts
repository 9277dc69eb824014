/**
 * Given code for transfer learning: builds what a student's alpacaModel and fineTune need
 * inside the grader's sandbox (the pretrained base from weights sent as tensors, since the
 * sandbox reads no package files), trains, and answers with plain data the grader scores
 * itself: logits of pictures whose labels the model never saw, the base's weights after
 * training, which layers trained, the optimizer's learning rate.
 */
import * as tf from "@tensorflow/tfjs";
import { randomFlip } from "./augmentation.ts";
import { applyFineTune, classifierOn, type FineTuneSetup } from "./fine-tuning.ts";
import { binaryCrossentropyFromLogits } from "./logit-loss.ts";
import { reseed } from "./segmentation.harness.ts";
import { BASE_NAME, baseFromWeights } from "./tiny-mobilenet.ts";

type Fn = (...args: never[]) => unknown;

/**
 * A light augmentation for checks: one seeded RandomFlip, [m, H, W, 3] → same. A functional
 * model: a one-layer Sequential, once applied to another model's input, gives its inbound nodes'
 * shapes in different nestings (tfjs 4.22) and has no outputShape to summarise.
 */
export function flipOnly(imageShape: [number, number, number], seed = 7): tf.LayersModel {
  const input = tf.input({ shape: imageShape });
  const output = randomFlip({ seed }).apply(input) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output, name: "augmentation" });
}

/** `alpacaModel(imageShape, flipOnly(imageShape), base)` with the base built from `baseWeights`. */
export function alpacaModelFrom(
  alpacaModel: Fn,
  imageShape: [number, number, number],
  baseWeights: tf.Tensor[],
): tf.LayersModel {
  const build = alpacaModel as (...a: unknown[]) => tf.LayersModel;
  return build(imageShape, flipOnly(imageShape), baseFromWeights(imageShape, baseWeights));
}

/**
 * A model's weights layer by layer (kernel then bias), whatever trains: getWeights() puts the
 * trainable weights first, so its order changes once some layers are frozen.
 */
function layerWeights(model: tf.LayersModel): tf.Tensor[] {
  return model.layers.flatMap((l) => l.getWeights());
}

/** Every weight of the model's base, layer by layer (null when it has no base). */
function baseWeightsOf(model: tf.LayersModel): tf.Tensor[] | null {
  const base = model.layers.find((l) => l.name === BASE_NAME);
  return base instanceof tf.LayersModel ? layerWeights(base) : null;
}

/**
 * Builds the student's alpacaModel at the images' size on the pretrained base, starts its head
 * and dropout from `seed` (reseed, the base left as shipped), compiles it (Adam(learningRate),
 * binary cross-entropy from logits), trains the head for `epochs`, and answers with its logits
 * [m_test, 1] for the test images and its base's weights afterwards.
 */
export async function trainHead(
  alpacaModel: Fn,
  baseWeights: tf.Tensor[],
  trainImages: tf.Tensor4D,
  trainLabels: tf.Tensor2D,
  testImages: tf.Tensor4D,
  epochs: number,
  learningRate: number,
  seed = 1,
): Promise<{ logits: tf.Tensor; baseWeights: tf.Tensor[] | null }> {
  const shape = trainImages.shape.slice(1) as [number, number, number];
  const model = alpacaModelFrom(alpacaModel, shape, baseWeights);
  reseed(model, seed, (layer) => layer.name !== BASE_NAME);
  model.compile({ optimizer: tf.train.adam(learningRate), loss: binaryCrossentropyFromLogits });
  await model.fit(trainImages, trainLabels, { epochs, batchSize: 32, shuffle: false, verbose: 0 });
  return { logits: model.predict(testImages) as tf.Tensor, baseWeights: baseWeightsOf(model) };
}

/**
 * The student's `fineTune(model, fineTuneAt, baseLearningRate)` on a classifier over the
 * pretrained base (classifierOn, its Dense(1) holding `headWeights`: kernel [64, 1], bias [1]),
 * its answer applied as the notebook's cell would (applyFineTune), then `epochs` of training.
 * Answers with, per base layer, whether its weights are among those the model trains; the
 * optimizer's learning rate; the loss the compiled model reports on the test images with their
 * labels (and their logits, to recompute it); the base's weights after training, layer by layer.
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
  const base = baseFromWeights(shape, baseWeights);
  const model = classifierOn(base);
  model.layers.at(-1)!.setWeights(headWeights);
  const setup = (fineTune as (...a: unknown[]) => FineTuneSetup)(
    model,
    fineTuneAt,
    baseLearningRate,
  );
  applyFineTune(model, setup);
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
  return { trains, learningRate, loss: reported, logits, baseWeights: layerWeights(base) };
}
