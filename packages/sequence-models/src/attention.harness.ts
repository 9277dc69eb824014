/**
 * Given code for assignment 06: a model around one attention step (for summaries and the
 * grader's model checks, which compare its context AND its attention weights), the attention
 * maps of a translator, and the training of a student's `modelf` on dates, answering with its
 * predictions for dates whose translations it never sees: the grader scores those itself.
 */
import * as tf from "@tensorflow/tfjs";
import { type AttentionLayers, attentionLayers, SoftmaxOverTime } from "./attention.ts";

type Step = (a: tf.SymbolicTensor, sPrev: tf.SymbolicTensor, layers: AttentionLayers) => unknown;
type Builder = (...args: number[]) => tf.LayersModel;

/**
 * A model around `oneStepAttention` with fresh `attentionLayers(Tx)`: inputs a [Tx, 2·n_a] and
 * s_prev [n_s], outputs the context [1, 2·n_a] and the attention weights the activator gave
 * [Tx, 1] (an error if the step never used the activator).
 */
export function attentionStepModel(
  oneStepAttention: Step,
  Tx: number,
  nA2: number,
  nS: number,
): tf.LayersModel {
  const a = tf.input({ shape: [Tx, nA2] });
  const sPrev = tf.input({ shape: [nS] });
  const layers = attentionLayers(Tx);
  const context = oneStepAttention(a, sPrev, layers) as tf.SymbolicTensor;
  if (layers.activator.inboundNodes.length === 0)
    throw new Error(
      "oneStepAttention never applied layers.activator, the softmax over time that gives the attention weights",
    );
  const alphas = layers.activator.getOutputAt(0) as tf.SymbolicTensor;
  return tf.model({ inputs: [a, sPrev], outputs: [context, alphas] });
}

/**
 * The attention weights of a translator built by `modelf`: a model with the same inputs whose
 * outputs are what the softmax-over-time layer gave at each of the Ty steps, [m, Tx, 1] each
 * (the notebook's `plot_attention_map` reads them the same way).
 */
export function attentionModel(model: tf.LayersModel): tf.LayersModel {
  // by class name: the sandbox may load this module and the student's copy of attention.ts apart
  const activator = model.layers.find(
    (layer) => layer.getClassName() === SoftmaxOverTime.className,
  );
  if (!activator) throw new Error("the model has no SoftmaxOverTime layer (the activator)");
  const outputs = activator.inboundNodes.map((node) => node.outputTensors[0]!);
  return tf.model({ inputs: model.inputs, outputs });
}

/** The attention map of each example, [m, Ty, Tx]: row t is where output char t looked. */
export function attentionMaps(model: tf.LayersModel, Xoh: tf.Tensor3D, nS: number): tf.Tensor3D {
  const attention = attentionModel(model);
  const m = Xoh.shape[0];
  const result = tf.tidy(() => {
    const zeros = tf.zeros([m, nS]);
    const steps = attention.predict([Xoh, zeros, zeros]) as tf.Tensor | tf.Tensor[];
    const list = Array.isArray(steps) ? steps : [steps];
    return tf.stack(
      list.map((s) => s.reshape([m, -1])),
      1,
    ) as tf.Tensor3D;
  });
  return result;
}

/** Translator outputs (Ty tensors [m, machineVocab]) as probabilities [m, Ty, machineVocab]. */
export function translate(model: tf.LayersModel, Xoh: tf.Tensor3D, nS: number): tf.Tensor3D {
  return tf.tidy(() => {
    const zeros = tf.zeros([Xoh.shape[0], nS]);
    const outputs = model.predict([Xoh, zeros, zeros]) as tf.Tensor | tf.Tensor[];
    return tf.stack(Array.isArray(outputs) ? outputs : [outputs], 1) as tf.Tensor3D;
  });
}

/**
 * Redraws every weight from `seed` (matrices Glorot-normal, biases 0), so a training run is
 * the same every time whatever initializers the model was built with.
 */
export function reseed(model: tf.LayersModel, seed: number): void {
  const weights = model.getWeights().map((v, i) => {
    if (v.shape.length === 1) return tf.zerosLike(v);
    const fanIn = v.shape.slice(0, -1).reduce((a, b) => a * b, 1);
    const fanOut = v.shape[v.shape.length - 1]!;
    return tf.randomNormal(v.shape, 0, Math.sqrt(2 / (fanIn + fanOut)), "float32", seed * 1000 + i);
  });
  model.setWeights(weights);
  tf.dispose(weights);
}

/**
 * Builds `modelf(Tx, Ty, nA, nS, humanVocab, machineVocab)`, starts it from `seed`, trains it
 * with Adam(`lr`) on categorical cross-entropy summed over the Ty outputs (the notebook's
 * compile and fit), and returns [its probabilities for the test dates, [m_test, Ty, machineVocab];
 * the attention map of each test date, [m_test, Ty, Tx]].
 */
export async function trainAndTranslate(
  modelf: Builder,
  Xoh: tf.Tensor3D,
  Yoh: tf.Tensor3D,
  testXoh: tf.Tensor3D,
  nA: number,
  nS: number,
  epochs: number,
  lr = 0.1,
  batchSize = 32,
  seed = 1,
): Promise<tf.Tensor3D[]> {
  const [m, Tx, humanVocab] = Xoh.shape;
  const [, Ty, machineVocab] = Yoh.shape;
  const model = modelf(Tx, Ty, nA, nS, humanVocab, machineVocab);
  reseed(model, seed);
  model.compile({ optimizer: tf.train.adam(lr), loss: "categoricalCrossentropy" });
  const targets = tf.unstack(Yoh, 1);
  const zeros = tf.zeros([m, nS]);
  await model.fit([Xoh, zeros, zeros], targets, { epochs, batchSize, shuffle: false, verbose: 0 });
  tf.dispose([...targets, zeros]);
  const result = [translate(model, testXoh, nS), attentionMaps(model, testXoh, nS)];
  model.dispose();
  return result;
}
