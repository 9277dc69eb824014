/**
 * Given code for "Convolutional Neural Networks: Application": the notebook's training of a
 * student's happyModel (Adam, binary cross-entropy) on happy-house faces and of their
 * convolutionalModel (Adam, categorical cross-entropy) on SIGNS images. Each answers with its
 * predictions on test pictures whose labels it never sees: the grader scores them itself.
 */
import * as tf from "@tensorflow/tfjs";

type Builder = (...args: never[]) => unknown;

/**
 * Redraws every kernel (rank ≥ 2) from `seed`, Glorot-normal, and leaves the rest (biases,
 * batch-norm parameters and statistics) as built, so two models with the same layers start from
 * the same point whatever initializers they were built with.
 */
export function reseedKernels(model: tf.LayersModel, seed: number): void {
  const weights = model.getWeights().map((v, i) => {
    if (v.shape.length < 2) return v.clone();
    const fanIn = v.shape.slice(0, -1).reduce((a, b) => a * b, 1);
    const fanOut = v.shape.at(-1)! * (v.shape.length > 2 ? v.shape[0]! * v.shape[1]! : 1);
    const std = Math.sqrt(2 / (fanIn + fanOut));
    return tf.randomNormal(v.shape, 0, std, "float32", seed * 1000 + i);
  });
  model.setWeights(weights);
  tf.dispose(weights);
}

/**
 * Standardizes pictures with the training pictures' per-channel mean and standard deviation
 * (a tiny network learns far faster from centred inputs than from values in [0, 1]).
 */
export function standardize(train: tf.Tensor4D, other: tf.Tensor4D): [tf.Tensor4D, tf.Tensor4D] {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(train, [0, 1, 2]);
    const std = variance.sqrt().add(1e-6);
    return [train.sub(mean).div(std), other.sub(mean).div(std)] as [tf.Tensor4D, tf.Tensor4D];
  });
}

/**
 * Sets every batch-norm layer's moving mean and variance to the statistics of its inputs over
 * `images` ("precise batch norm"): after a few dozen steps the moving averages (momentum 0.99)
 * are still near their start, and inference would use them.
 */
export function calibrateBatchNorm(model: tf.LayersModel, images: tf.Tensor4D): void {
  for (const layer of model.layers) {
    if (layer.getClassName() !== "BatchNormalization") continue;
    const input = layer.input as tf.SymbolicTensor;
    const probe = tf.model({ inputs: model.inputs, outputs: input });
    const [gamma, beta] = layer.getWeights();
    const stats = tf.tidy(() => {
      const x = probe.predict(images) as tf.Tensor;
      const axes = x.shape.map((_, i) => i).slice(0, -1);
      const { mean, variance } = tf.moments(x, axes);
      return [mean, variance];
    });
    layer.setWeights([gamma!, beta!, ...stats]);
    tf.dispose(stats);
  }
}

/**
 * Builds `happyModel([H, W, 3])`, starts it from `seed`, trains it on standardized pictures with
 * Adam(`learningRate`) and binary cross-entropy for `epochs` of batches of `batchSize` on the training faces, calibrates its batch norm, and
 * returns its probability of "smiling" for each test face, [m_test].
 */
export async function trainHappy(
  happyModel: Builder,
  trainImages: tf.Tensor4D,
  trainLabels: tf.Tensor1D,
  testImages: tf.Tensor4D,
  epochs: number,
  batchSize = 16,
  learningRate = 0.001,
  seed = 1,
): Promise<tf.Tensor1D> {
  const [, h, w] = trainImages.shape;
  const model = (happyModel as (...a: unknown[]) => tf.LayersModel)([h, w, 3]);
  reseedKernels(model, seed);
  model.compile({ optimizer: tf.train.adam(learningRate), loss: "binaryCrossentropy" });
  const [train, test] = standardize(trainImages, testImages);
  const targets = trainLabels.cast("float32").reshape([-1, 1]);
  await model.fit(train, targets, { epochs, batchSize, shuffle: false, verbose: 0 });
  calibrateBatchNorm(model, train);
  const predicted = tf.tidy(() => (model.predict(test) as tf.Tensor).reshape([-1]));
  tf.dispose([train, test, targets]);
  model.dispose();
  return predicted as tf.Tensor1D;
}

/**
 * Builds `convolutionalModel([H, W, 3])`, starts it from `seed`, trains it with
 * Adam(`learningRate`) and categorical cross-entropy on one-hot labels for `epochs` of batches of
 * `batchSize`, and returns its predicted class (argmax) for each test picture, [m_test] int32.
 */
export async function trainSigns(
  convolutionalModel: Builder,
  trainImages: tf.Tensor4D,
  trainLabels: tf.Tensor1D,
  testImages: tf.Tensor4D,
  epochs: number,
  batchSize = 16,
  learningRate = 0.01,
  seed = 1,
): Promise<tf.Tensor1D> {
  const [, h, w] = trainImages.shape;
  const model = (convolutionalModel as (...a: unknown[]) => tf.LayersModel)([h, w, 3]);
  reseedKernels(model, seed);
  model.compile({ optimizer: tf.train.adam(learningRate), loss: "categoricalCrossentropy" });
  // an int32 oneHot, then a cast: on wasm a float32 oneHot gives wrong values
  const targets = tf.tidy(() => tf.oneHot(trainLabels.cast("int32"), 6).cast("float32"));
  const [train, test] = standardize(trainImages, testImages);
  await model.fit(train, targets, { epochs, batchSize, shuffle: false, verbose: 0 });
  const predicted = tf.tidy(() => (model.predict(test) as tf.Tensor).argMax(1).cast("int32"));
  tf.dispose([train, test, targets]);
  model.dispose();
  return predicted as tf.Tensor1D;
}
