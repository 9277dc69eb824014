/**
 * Given code for assignment 03 that the grader runs in the sandbox with a student's function:
 * builds the two jazz models from fresh shared layers, trains the training model on jazz, and
 * runs predictAndSample on a model of known outputs. Everything it returns is verified by the
 * grader, never trusted.
 */
import * as tf from "@tensorflow/tfjs";
import { reseed } from "./attention.harness.ts";
import { jazzLayers } from "./jazz.ts";

type Layer = tf.layers.Layer;
type Djmodel = (Tx: number, lstmCell: Layer, densor: Layer, reshaper: Layer) => tf.LayersModel;
type Inference = (lstmCell: Layer, densor: Layer, Ty?: number) => tf.LayersModel;
type PredictAndSample = (
  model: tf.LayersModel,
  x: tf.Tensor3D,
  a: tf.Tensor2D,
  c: tf.Tensor2D,
) => { results: tf.Tensor2D; indices: tf.Tensor2D };

/** `djmodel(Tx, …jazzLayers(nA, nValues))`: the training model on fresh shared layers. */
export function djmodelOnFreshLayers(djmodel: Djmodel, Tx: number, nA: number, nValues: number) {
  const { lstmCell, densor, reshaper } = jazzLayers(nA, nValues);
  return djmodel(Tx, lstmCell, densor, reshaper);
}

/** `musicInferenceModel(lstmCell, densor, Ty)` on fresh layers of jazzLayers(nA, nValues). */
export function inferenceOnFreshLayers(
  musicInferenceModel: Inference,
  nA: number,
  nValues: number,
  Ty: number,
) {
  const { lstmCell, densor } = jazzLayers(nA, nValues);
  return musicInferenceModel(lstmCell, densor, Ty);
}

/**
 * Builds `djmodel(Tx, …jazzLayers(nA))`, starts its weights from `seed`, trains it with
 * Adam(lr) on categorical cross-entropy summed over the Tx outputs (the notebook's compile and
 * fit) on X [m, Tx, n] → Y [Tx, m, n], and answers with its probabilities for the sequences
 * `testX` [m_test, Tx, n], as [m_test, Tx, n].
 */
export async function trainJazz(
  djmodel: Djmodel,
  X: tf.Tensor3D,
  Y: tf.Tensor3D,
  testX: tf.Tensor3D,
  nA: number,
  epochs: number,
  lr: number,
  batchSize: number,
  seed: number,
): Promise<tf.Tensor3D> {
  const [m, Tx, nValues] = X.shape;
  const model = djmodelOnFreshLayers(djmodel, Tx, nA, nValues);
  reseed(model, seed);
  model.compile({ optimizer: tf.train.adam(lr), loss: "categoricalCrossentropy" });
  const targets = tf.unstack(Y);
  const zeros = tf.zeros([m, nA]);
  await model.fit([X, zeros, zeros], targets, { epochs, batchSize, shuffle: false, verbose: 0 });
  const result = tf.tidy(() => {
    const z = tf.zeros([testX.shape[0], nA]);
    const out = model.predict([testX, z, z]) as tf.Tensor | tf.Tensor[];
    return tf.stack(Array.isArray(out) ? out : [out], 1) as tf.Tensor3D;
  });
  tf.dispose([...targets, zeros]);
  model.dispose();
  return result;
}

/**
 * Runs `predictAndSample` on a stand-in for an inference model whose outputs the grader can
 * compute: inputs x [1, 1, n], a [1, n_a], c [1, n_a]; output t is softmax(h·W_t + b_t) of
 * h = [x, a, c] flattened, with W_t = kernels[t] [n + 2·n_a, n], b_t = biases[t] [n].
 */
export function predictWithKnownModel(
  predictAndSample: PredictAndSample,
  kernels: tf.Tensor2D[],
  biases: tf.Tensor1D[],
  x: tf.Tensor3D,
  a: tf.Tensor2D,
  c: tf.Tensor2D,
) {
  const n = x.shape[2];
  const nA = a.shape[1];
  const xIn = tf.input({ shape: [1, n] });
  const aIn = tf.input({ shape: [nA] });
  const cIn = tf.input({ shape: [nA] });
  const h = tf.layers
    .concatenate()
    .apply([tf.layers.flatten().apply(xIn) as tf.SymbolicTensor, aIn, cIn]) as tf.SymbolicTensor;
  const heads = kernels.map(() => tf.layers.dense({ units: n, activation: "softmax" }));
  const model = tf.model({
    inputs: [xIn, aIn, cIn],
    outputs: heads.map((head) => head.apply(h) as tf.SymbolicTensor),
  });
  heads.forEach((head, t) => {
    head.setWeights([kernels[t]!, biases[t]!]);
  });
  return predictAndSample(model, x, a, c);
}
