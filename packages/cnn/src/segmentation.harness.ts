/**
 * Given code for U-Net: models around the blocks (for summaries and the grader's model checks),
 * and the notebook's training (Adam, sparse categorical cross-entropy from logits) of a
 * student's unetModel on street scenes, answering with its predicted masks of scenes whose
 * masks it never sees: the grader scores those itself.
 */
import * as tf from "@tensorflow/tfjs";

type Block = (...args: never[]) => unknown;
type ConvBlockOutput = { nextLayer: tf.SymbolicTensor; skipConnection: tf.SymbolicTensor };

/**
 * A model around convBlock: [n_H, n_W, n_C] → [nextLayer, skipConnection]. The skip connection
 * passes through a linear Activation layer, so a block without pooling (whose two outputs are
 * one tensor) still gives two outputs: a tfjs model answers null for an output listed twice.
 */
export function convBlockModel(
  convBlock: Block,
  inputShape: [number, number, number],
  ...args: unknown[]
): tf.LayersModel {
  const input = tf.input({ shape: inputShape });
  const block = convBlock as (...a: unknown[]) => ConvBlockOutput;
  const { nextLayer, skipConnection } = block(input, ...args);
  const skip = tf.layers.activation({ activation: "linear" }).apply(skipConnection);
  return tf.model({ inputs: input, outputs: [nextLayer, skip as tf.SymbolicTensor] });
}

/** A model around upsamplingBlock: ([n_H, n_W, c], [2n_H, 2n_W, c']) → [2n_H, 2n_W, nFilters]. */
export function upsamplingBlockModel(
  upsamplingBlock: Block,
  expansiveShape: [number, number, number],
  contractiveShape: [number, number, number],
  nFilters: number,
): tf.LayersModel {
  const expansive = tf.input({ shape: expansiveShape });
  const contractive = tf.input({ shape: contractiveShape });
  const block = upsamplingBlock as (...a: unknown[]) => tf.SymbolicTensor;
  return tf.model({
    inputs: [expansive, contractive],
    outputs: block(expansive, contractive, nFilters),
  });
}

/**
 * Masks [m, H, W, 1] of class ids as one-hot targets [m, H, W, classes] (an int32 oneHot, then a
 * cast: on wasm a float32 oneHot gives wrong values).
 */
export function oneHotMasks(masks: tf.Tensor, classes: number): tf.Tensor4D {
  return tf.tidy(() => {
    const [m, h, w] = masks.shape as [number, number, number];
    const ids = masks.reshape([-1]).cast("int32") as tf.Tensor1D;
    return tf.oneHot(ids, classes).cast("float32").reshape([m, h, w, classes]) as tf.Tensor4D;
  });
}

/** The notebook's SparseCategoricalCrossentropy(from_logits=True), on one-hot targets [m, H, W, C]. */
export function maskLoss(targets: tf.Tensor, logits: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const classes = logits.shape[3]!;
    const flat = (t: tf.Tensor) => t.reshape([-1, classes]);
    return tf.losses.softmaxCrossEntropy(flat(targets), flat(logits)) as tf.Scalar;
  });
}

/**
 * Makes a training run repeatable whatever initializers the model was built with: redraws the
 * weights of every layer `redraw` accepts (default: all) from `seed` (kernels He-normal, biases
 * 0), and seeds every Dropout layer (tfjs draws its masks unseeded otherwise, so the same
 * check on the same submission scored differently from run to run).
 */
export function reseed(
  model: tf.LayersModel,
  seed: number,
  redraw: (layer: tf.layers.Layer) => boolean = () => true,
): void {
  for (const [k, layer] of model.layers.entries()) {
    if (layer.getClassName() === "Dropout")
      (layer as unknown as { seed?: number }).seed = seed * 1000 + k;
    if (!redraw(layer) || layer.weights.length === 0) continue;
    const weights = layer.getWeights().map((v, i) => {
      if (v.shape.length === 1) return tf.zerosLike(v);
      const fanIn = v.shape.slice(0, -1).reduce((a, b) => a * b, 1);
      return tf.randomNormal(v.shape, 0, Math.sqrt(2 / fanIn), "float32", seed * 1000 + 37 * k + i);
    });
    layer.setWeights(weights);
    tf.dispose(weights);
  }
}

/**
 * Builds `unetModel([H, W, 3], nFilters, nClasses)`, starts it from `seed` (reseed), trains it
 * with Adam(`learningRate`) for `epochs` on the training scenes, and returns its predicted class
 * per pixel of the test images, [m_test, H, W] int32.
 */
export async function trainAndSegment(
  unetModel: Block,
  trainImages: tf.Tensor4D,
  trainMasks: tf.Tensor4D,
  testImages: tf.Tensor4D,
  nFilters: number,
  nClasses: number,
  epochs: number,
  seed = 1,
  learningRate = 0.01,
): Promise<tf.Tensor3D> {
  const [, h, w] = trainImages.shape;
  const build = unetModel as (...a: unknown[]) => tf.LayersModel;
  const model = build([h, w, 3], nFilters, nClasses);
  reseed(model, seed);
  model.compile({ optimizer: tf.train.adam(learningRate), loss: maskLoss });
  const targets = oneHotMasks(trainMasks, nClasses);
  await model.fit(trainImages, targets, { epochs, batchSize: 16, shuffle: false, verbose: 0 });
  targets.dispose();
  const predicted = tf.tidy(() => (model.predict(testImages) as tf.Tensor).argMax(3).cast("int32"));
  model.dispose();
  return predicted as tf.Tensor3D;
}
