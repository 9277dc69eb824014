/**
 * The optimization notebook's given `model` (both versions: the second adds learning-rate
 * decay) and opt_utils' `initialize_parameters`: the three-layer network of
 * `three-layer-net.ts` trained on mini-batches with gradient descent, momentum or Adam.
 * The optimizers are the student's: `model` takes them as an argument, so this file
 * does not import the exercises.
 */

import * as tf from "@tensorflow/tfjs";
import type { AdamState, MiniBatch, Velocity } from "./optimizer-state.ts";
import { type SeededStart, trainThreeLayerNet } from "./three-layer-net.ts";
import type { Grads, Parameters } from "./types.ts";

export type Optimizer = "gd" | "momentum" | "adam";

/** The functions of assignment 04 that `model` calls (only those of the chosen optimizer are needed). */
export interface OptimizerFunctions {
  randomMiniBatches(X: tf.Tensor, Y: tf.Tensor, miniBatchSize?: number, seed?: number): MiniBatch[];
  updateParametersWithGd?(parameters: Parameters, grads: Grads, learningRate: number): Parameters;
  initializeVelocity?(parameters: Parameters): Velocity;
  updateParametersWithMomentum?(
    parameters: Parameters,
    grads: Grads,
    v: Velocity,
    beta: number,
    learningRate: number,
  ): { parameters: Parameters; v: Velocity };
  initializeAdam?(parameters: Parameters): AdamState;
  updateParametersWithAdam?(
    parameters: Parameters,
    grads: Grads,
    v: Velocity,
    s: Velocity,
    t: number,
    learningRate?: number,
    beta1?: number,
    beta2?: number,
    epsilon?: number,
  ): {
    parameters: Parameters;
    v: Velocity;
    s: Velocity;
    vCorrected: Velocity;
    sCorrected: Velocity;
  };
}

/** The notebook's optional arguments of `model`, with its defaults. */
export interface ModelOptions {
  /** α, or α0 when `decay` is given (0.0007) */
  learningRate?: number;
  /** examples per mini-batch (64) */
  miniBatchSize?: number;
  /** momentum's β (0.9) */
  beta?: number;
  /** Adam's β1 (0.9) */
  beta1?: number;
  /** Adam's β2 (0.999) */
  beta2?: number;
  /** Adam's ε (1e-8) */
  epsilon?: number;
  /** passes over the training set (5000) */
  numEpochs?: number;
  /** print the cost every 1000 epochs (true) */
  printCost?: boolean;
  /** `updateLr` or `scheduleLrDecay`: the learning rate after each epoch is decay(α0, epoch, decayRate) */
  decay?: (learningRate0: number, epochNum: number, decayRate: number) => number;
  /** passed to `decay` (1) */
  decayRate?: number;
}

/**
 * Where the model starts, opt_utils' `initialize_parameters`: `np.random.seed(3)`, then for
 * each layer Wl = randn(dims[l], dims[l−1]) · √(2 / dims[l−1]) (He) and bl = zeros.
 */
export function modelStart(layersDims: number[]): SeededStart {
  return { layersDims, scale: "he" };
}

function tensorsOf(...records: (Record<string, tf.Tensor> | undefined)[]): tf.Tensor[] {
  return records.flatMap((r) => (r ? Object.values(r) : []));
}

/**
 * Trains the three-layer network on mini-batches (the notebook's `model`): parameters from
 * `modelStart(layersDims)`; for each epoch i = 0 … numEpochs − 1 the mini-batches
 * of `randomMiniBatches(X, Y, miniBatchSize, 10 + i + 1)`, and for each a forward pass, the
 * backward pass and one step of the chosen optimizer (Adam's t counts the steps from 1).
 * With `decay` the learning rate becomes decay(α0, i, decayRate) after epoch i.
 *
 * The cost of an epoch is the summed cross-entropy of its mini-batches divided by m (the
 * notebook's compute_cost returns a sum), recorded every 100 epochs (whether or not it is
 * printed; the notebook records it only when it prints).
 *
 * @param X inputs, [n_x, m]
 * @param Y labels, [1, m]
 * @param layersDims [n_x, n1, n2, 1] (the notebook's [2, 5, 2, 1])
 * @param optimizer "gd", "momentum" or "adam"
 * @param functions the optimizer functions to use (your assignment's, or the reference's)
 * @returns the trained parameters (the caller disposes them) and the cost every 100 epochs
 */
export function model(
  X: tf.Tensor,
  Y: tf.Tensor,
  layersDims: number[],
  optimizer: Optimizer,
  functions: OptimizerFunctions,
  options: ModelOptions = {},
): { parameters: Parameters; costs: number[] } {
  const {
    learningRate: learningRate0 = 0.0007,
    miniBatchSize = 64,
    beta = 0.9,
    beta1 = 0.9,
    beta2 = 0.999,
    epsilon = 1e-8,
    numEpochs = 5000,
    printCost = true,
    decay,
    decayRate = 1,
  } = options;
  const need = <K extends keyof OptimizerFunctions>(name: K) => {
    const fn = functions[name];
    if (!fn) throw new Error(`model(…, "${optimizer}"): ${name} is missing from the functions`);
    return fn as NonNullable<OptimizerFunctions[K]>;
  };
  let learningRate = learningRate0;
  let t = 0; // Adam's step counter
  let v: Velocity | undefined;
  let s: Velocity | undefined;
  let update: (parameters: Parameters, grads: Grads) => Parameters;
  /** Frees what an optimizer step replaced (it may return a tensor it was given). */
  const advance = (before: tf.Tensor[], after: tf.Tensor[], parameters: Parameters) => {
    const live = new Set([...after, ...tensorsOf(parameters)]);
    tf.dispose(before.filter((x) => !live.has(x)));
    return parameters;
  };
  if (optimizer === "gd") {
    const step = need("updateParametersWithGd");
    update = (parameters, grads) => step(parameters, grads, learningRate);
  } else if (optimizer === "momentum") {
    const init = need("initializeVelocity");
    const step = need("updateParametersWithMomentum");
    update = (parameters, grads) => {
      v ??= init(parameters);
      const before = tensorsOf(v);
      const next = step(parameters, grads, v, beta, learningRate);
      v = next.v;
      return advance(before, tensorsOf(v), next.parameters);
    };
  } else if (optimizer === "adam") {
    const init = need("initializeAdam");
    const step = need("updateParametersWithAdam");
    update = (parameters, grads) => {
      if (!v || !s) ({ v, s } = init(parameters));
      const before = tensorsOf(v, s);
      t += 1;
      const next = step(parameters, grads, v, s, t, learningRate, beta1, beta2, epsilon);
      ({ v, s } = next);
      const corrected = tensorsOf(next.vCorrected, next.sCorrected);
      return advance([...before, ...corrected], tensorsOf(v, s), next.parameters);
    };
  } else throw new Error(`model: unknown optimizer "${optimizer}"`);
  const randomMiniBatches = need("randomMiniBatches");

  const result = trainThreeLayerNet(X, Y, modelStart(layersDims), {
    numEpochs,
    learningRate: learningRate0,
    recordEvery: 100,
    // the notebook's seeds 11, 12, …: batches differ from epoch to epoch, the same from run to run
    batches: (i) => randomMiniBatches(X, Y, miniBatchSize, 10 + i + 1),
    update,
    retained: () => tensorsOf(v, s),
    afterEpoch: (i) => {
      if (decay) learningRate = decay(learningRate0, i, decayRate);
    },
    onRecord: (i, cost) => {
      if (printCost && i % 1000 === 0) {
        console.log(`Cost after epoch ${i}: ${cost.toFixed(6)}`);
        if (decay) console.log(`learning rate after epoch ${i}: ${learningRate.toFixed(6)}`);
      }
    },
  });
  const live = new Set(tensorsOf(result.parameters));
  tf.dispose(tensorsOf(v, s).filter((x) => !live.has(x)));
  return result;
}
