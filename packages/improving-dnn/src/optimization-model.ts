/**
 * The optimization notebook's given `model` (both versions: the second adds learning-rate
 * decay) and opt_utils' `initialize_parameters`: the three-layer network of
 * `three-layer-net.ts` trained on mini-batches with gradient descent, momentum or Adam.
 * The optimizers are the student's: `model` takes them as an argument, so this file
 * does not import the exercises.
 */

import { RandomState } from "@dlc/grader/check";
import * as tf from "@tensorflow/tfjs";
import type { AdamState, MiniBatch, Velocity } from "./optimizer-state.ts";
import {
  backwardPropagation,
  computeLoss,
  disposeCache,
  forwardPropagation,
} from "./three-layer-net.ts";
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
 * opt_utils' `initialize_parameters`: `np.random.seed(seed)`, then for each layer
 * Wl = randn(dims[l], dims[l−1]) · √(2 / dims[l−1]) (He) and bl = zeros.
 * @returns W1 [dims[1], dims[0]], b1 [dims[1], 1], …
 */
export function initializeParameters(layersDims: number[], seed = 3): Parameters {
  const rng = new RandomState(seed);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    const [n, nPrev] = [layersDims[l]!, layersDims[l - 1]!];
    const scale = Math.sqrt(2 / nPrev);
    parameters[`W${l}`] = tf.tensor2d(
      Float32Array.from(rng.randn(n, nPrev), (x) => x * scale),
      [n, nPrev],
    );
    parameters[`b${l}`] = tf.zeros([n, 1]);
  }
  return parameters;
}

function tensorsOf(...records: (Record<string, tf.Tensor> | undefined)[]): tf.Tensor[] {
  return records.flatMap((r) => (r ? Object.values(r) : []));
}

/** Disposes the tensors of `old` that are not in `keep` (a function may return a tensor it was given). */
function release(old: tf.Tensor[], keep: tf.Tensor[]): void {
  const live = new Set(keep);
  tf.dispose(old.filter((t) => !live.has(t)));
}

/**
 * Trains the three-layer network on mini-batches (the notebook's `model`): parameters from
 * `initializeParameters(layersDims)`; for each epoch i = 0 … numEpochs − 1 the mini-batches
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
  const m = X.shape[1]!;
  const costs: number[] = [];
  let learningRate = learningRate0;
  let t = 0; // Adam's step counter
  let seed = 10; // the notebook's: batches differ from epoch to epoch, the same from run to run
  let parameters = initializeParameters(layersDims);
  let v: Velocity | undefined;
  let s: Velocity | undefined;
  if (optimizer === "momentum") v = need("initializeVelocity")(parameters);
  else if (optimizer === "adam") ({ v, s } = need("initializeAdam")(parameters));
  else if (optimizer !== "gd") throw new Error(`model: unknown optimizer "${optimizer}"`);

  for (let i = 0; i < numEpochs; i++) {
    seed += 1;
    const miniBatches = need("randomMiniBatches")(X, Y, miniBatchSize, seed);
    const recorded = i % 100 === 0;
    let costTotal = 0;
    for (const [miniBatchX, miniBatchY] of miniBatches) {
      const { A3, cache } = forwardPropagation(miniBatchX, parameters);
      if (recorded) costTotal += computeLoss(A3, miniBatchY) * miniBatchX.shape[1]!;
      const grads = backwardPropagation(miniBatchX, miniBatchY, cache);
      disposeCache(cache);
      const before = tensorsOf(parameters, v, s, grads);
      let extra: tf.Tensor[] = [];
      if (optimizer === "gd") {
        parameters = need("updateParametersWithGd")(parameters, grads, learningRate);
      } else if (optimizer === "momentum") {
        ({ parameters, v } = need("updateParametersWithMomentum")(
          parameters,
          grads,
          v!,
          beta,
          learningRate,
        ));
      } else {
        t += 1;
        const step = need("updateParametersWithAdam")(
          parameters,
          grads,
          v!,
          s!,
          t,
          learningRate,
          beta1,
          beta2,
          epsilon,
        );
        ({ parameters, v, s } = step);
        extra = tensorsOf(step.vCorrected, step.sCorrected);
      }
      release([...before, ...extra], tensorsOf(parameters, v, s));
    }
    release(
      miniBatches.flat().filter((b) => b !== X && b !== Y),
      tensorsOf(parameters, v, s),
    );
    const costAvg = costTotal / m;
    if (decay) learningRate = decay(learningRate0, i, decayRate);
    if (recorded) costs.push(costAvg);
    if (printCost && i % 1000 === 0) {
      console.log(`Cost after epoch ${i}: ${costAvg.toFixed(6)}`);
      if (decay) console.log(`learning rate after epoch ${i}: ${learningRate.toFixed(6)}`);
    }
  }
  tf.dispose(tensorsOf(v, s).filter((x) => !new Set(tensorsOf(parameters)).has(x)));
  return { parameters, costs };
}
