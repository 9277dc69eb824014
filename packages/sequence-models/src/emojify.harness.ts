/**
 * Given code for Emojifier V2: a model around the student's embedding layer (for summaries and
 * the grader's model checks), the layer applied to indices (so the grader sees the vectors it
 * holds), and the notebook's training (Adam, categorical cross-entropy) of a student's
 * emojifyV2, answering with its predictions for sentences whose labels it never sees: the
 * grader scores those itself.
 */
import * as tf from "@tensorflow/tfjs";
import type { WordToVecMap } from "./word-vectors.ts";

type Builder = (...args: never[]) => unknown;

/** A model [maxLen] → [maxLen, embDim] around pretrainedEmbeddingLayer(wordToVecMap, wordToIndex). */
export function embeddingModel(
  pretrainedEmbeddingLayer: Builder,
  maxLen: number,
  wordToVecMap: WordToVecMap,
  wordToIndex: Record<string, number>,
): tf.LayersModel {
  const build = pretrainedEmbeddingLayer as (...a: unknown[]) => tf.layers.Layer;
  const input = tf.input({ shape: [maxLen] });
  const output = build(wordToVecMap, wordToIndex).apply(input) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output });
}

/**
 * The layer pretrainedEmbeddingLayer(wordToVecMap, wordToIndex) builds, applied to `indices`
 * [m, maxLen]: its output [m, maxLen, embDim] and whether it is trainable.
 */
export function embedIndices(
  pretrainedEmbeddingLayer: Builder,
  wordToVecMap: WordToVecMap,
  wordToIndex: Record<string, number>,
  indices: tf.Tensor2D,
): { output: tf.Tensor; trainable: boolean } {
  const build = pretrainedEmbeddingLayer as (...a: unknown[]) => tf.layers.Layer;
  const layer = build(wordToVecMap, wordToIndex);
  const output = layer.apply(indices) as tf.Tensor;
  return { output, trainable: layer.trainable };
}

/**
 * Builds emojifyV2([maxLen], wordToVecMap, wordToIndex, units), redraws its trainable weights
 * from `seed` (the frozen embedding keeps its vectors) and seeds its dropout, trains it with Adam (the notebook's learning rate 0.001; a larger one trains faster) on the
 * training indices and labels for `epochs` (the notebook's batches of 32, in order), and returns the class it
 * predicts for each test sentence, [m_test] int32.
 */
export async function trainAndPredict(
  emojifyV2: Builder,
  wordToVecMap: WordToVecMap,
  wordToIndex: Record<string, number>,
  trainIndices: tf.Tensor2D,
  trainLabels: number[],
  testIndices: tf.Tensor2D,
  units: number,
  epochs: number,
  batchSize = 32,
  learningRate = 0.01,
  seed = 1,
): Promise<tf.Tensor1D> {
  const build = emojifyV2 as (...a: unknown[]) => tf.LayersModel;
  const model = build([trainIndices.shape[1]], wordToVecMap, wordToIndex, units);
  model.trainableWeights.forEach((w, i) => {
    const shape = w.shape as number[];
    const fanIn = shape.length > 1 ? shape[0]! : 0;
    w.write(
      fanIn === 0
        ? tf.zeros(shape)
        : tf.randomUniform(
            shape,
            -Math.sqrt(3 / fanIn),
            Math.sqrt(3 / fanIn),
            "float32",
            seed * 1000 + i,
          ),
    );
  });
  // tfjs draws dropout masks unseeded: seeded, the same submission scores the same every run
  for (const [k, layer] of model.layers.entries())
    if (layer.getClassName() === "Dropout")
      (layer as unknown as { seed?: number }).seed = seed * 1000 + k;
  model.compile({ optimizer: tf.train.adam(learningRate), loss: "categoricalCrossentropy" });
  const targets = tf.oneHot(tf.tensor1d(trainLabels, "int32"), 5).cast("float32");
  await model.fit(trainIndices, targets, { epochs, batchSize, shuffle: false, verbose: 0 });
  targets.dispose();
  const predicted = tf.tidy(() =>
    (model.predict(testIndices) as tf.Tensor).argMax(1).cast("int32"),
  );
  model.dispose();
  return predicted as tf.Tensor1D;
}
