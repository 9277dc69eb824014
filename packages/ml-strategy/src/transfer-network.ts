/**
 * The network assignment 07 transfers from: Course 1's L-layer idea, [LINEAR → RELU] × (L − 1)
 * → LINEAR → SIGMOID with one sigmoid per label, written with tf ops and trained with Adam
 * on J = (1/m) Σᵢ Σⱼ L(ŷⱼ⁽ⁱ⁾, yⱼ⁽ⁱ⁾), the multi-task loss with every label present.
 * Given code: the course trains the source network with it, and the demo trains the
 * from-scratch baseline with it.
 */
import { RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** Parameters keyed as in Course 1: `W1` [n1, n0], `b1` [n1, 1], …, `WL` [nL, n_{L−1}], `bL` [nL, 1]. */
export type NetworkParameters = Record<string, tf.Tensor>;

/** Number of layers L of a parameter set (two tensors per layer). */
export function layerCount(parameters: NetworkParameters): number {
  return Object.keys(parameters).length / 2;
}

/**
 * He initialization, seeded: Wl = randn(n_l, n_{l−1}) · √(2 / n_{l−1}), bl = 0.
 * @param layerDims [n_0, n_1, …, n_L]
 * @param seed numpy seed, drawn layer after layer
 */
export function initializeNetwork(layerDims: number[], seed = 1): NetworkParameters {
  const rng = new RandomState(seed);
  return tf.tidy(() => {
    const parameters: NetworkParameters = {};
    for (let l = 1; l < layerDims.length; l++) {
      const [n, nPrev] = [layerDims[l]!, layerDims[l - 1]!];
      parameters[`W${l}`] = randnTensor(rng, [n, nPrev]).mul(Math.sqrt(2 / nPrev));
      parameters[`b${l}`] = tf.zeros([n, 1]);
    }
    return parameters;
  });
}

/** Z of the output layer, [n_L, m]: ReLU for layers 1 … L − 1, linear for layer L. */
export function networkLogits(parameters: NetworkParameters, X: tf.Tensor): tf.Tensor {
  const L = layerCount(parameters);
  return tf.tidy(() => {
    let A = X;
    for (let l = 1; l < L; l++)
      A = tf.relu(parameters[`W${l}`]!.matMul(A).add(parameters[`b${l}`]!));
    return parameters[`W${L}`]!.matMul(A).add(parameters[`b${L}`]!);
  });
}

/** The network's probabilities ŷ = σ(Z_L), [n_L, m]. */
export function networkForward(parameters: NetworkParameters, X: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.sigmoid(networkLogits(parameters, X)));
}

/** Predictions 0/1 (ŷ > 0.5) as float32, [n_L, m]. */
export function predictNetwork(parameters: NetworkParameters, X: tf.Tensor): tf.Tensor {
  return tf.tidy(() => networkForward(parameters, X).greater(0.5).cast("float32"));
}

/**
 * J = (1/m) Σᵢ Σⱼ L(σ(zⱼ⁽ⁱ⁾), yⱼ⁽ⁱ⁾) from the logits, computed stably as
 * max(z, 0) − z·y + log(1 + e^−|z|). Every label must be present (no NaN).
 * Not exported: its gradient would be assignment 07's graded multiTaskLossBackward (on
 * complete labels); trainNetwork's costs are how it is seen and tested.
 * @param Z logits [k, m] @param Y labels 0/1 [k, m] @returns a scalar tensor
 */
function logitsLoss(Z: tf.Tensor, Y: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const losses = tf
      .relu(Z)
      .sub(Z.mul(Y))
      .add(tf.log1p(tf.exp(Z.abs().neg())));
    return losses.sum().div<tf.Scalar>(Z.shape[1]!);
  });
}

export interface TrainOptions {
  /** Adam's step size (default 0.01) */
  learningRate?: number;
  /** full-batch Adam steps (default 1000) */
  numIterations?: number;
  /** seed of the initialization (default 1) */
  seed?: number;
  /** start from these parameters instead of a fresh initialization (fine-tuning); they are copied */
  init?: NetworkParameters;
}

/**
 * Trains every layer with Adam on the whole batch.
 * @param X inputs [n_0, m] @param Y labels 0/1 [n_L, m] @param layerDims [n_0, …, n_L]
 * @returns the trained parameters and the cost at steps 0, 100, 200, …
 */
export function trainNetwork(
  X: tf.Tensor,
  Y: tf.Tensor,
  layerDims: number[],
  { learningRate = 0.01, numIterations = 1000, seed = 1, init }: TrainOptions = {},
): { parameters: NetworkParameters; costs: number[] } {
  const start = init ?? initializeNetwork(layerDims, seed);
  const variables = Object.fromEntries(
    // a variable shares its initial tensor's data (updates replace it, `start` stays as it was)
    Object.entries(start).map(([k, v]) => [k, tf.variable(v)]),
  );
  if (!init) tf.dispose(Object.values(start));
  const optimizer = tf.train.adam(learningRate);
  const costs: number[] = [];
  for (let i = 0; i < numIterations; i++) {
    const cost = optimizer.minimize(() => logitsLoss(networkLogits(variables, X), Y), true);
    if (i % 100 === 0) costs.push(cost!.dataSync()[0]!);
    cost!.dispose();
  }
  optimizer.dispose();
  const parameters = Object.fromEntries(
    Object.entries(variables).map(([k, v]) => [k, tf.clone(v)]),
  );
  tf.dispose(Object.values(variables));
  return { parameters, costs };
}
