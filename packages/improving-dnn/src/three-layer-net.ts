/**
 * The three-layer network the first week's notebooks give (init_utils, reg_utils,
 * opt_utils): LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID, its forward pass, the
 * prediction, and the training loop the given models run.
 *
 * The notebooks also give the plain backward pass, the cross-entropy and a
 * gradient-descent step; here they stay inside the training loop, not exported: they are
 * the cores of graded functions (the regularized cost and backward pass, the dropout
 * backward pass, `updateParametersWithGd`), which you write yourself. The loop takes a
 * network's parameters only when it runs its own gradient descent on them: a step or
 * gradient it is handed (`backward`, `update`) applies to parameters it draws itself.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { MiniBatch } from "./optimizer-state.ts";
import type { Grads, Parameters, ThreeLayerCache } from "./types.ts";

/**
 * How far σ stays from 0 and 1 in the loss. In float32 σ(z) rounds to exactly 1 for
 * z > 16.6 (the notebooks' float64 only at z > 36); log(0) is then −∞ and the loss NaN.
 */
export const LOSS_MARGIN = 1e-7;

/**
 * The forward pass of the binary classifier: one sigmoid output unit (W3 with more rows is
 * refused; the multi-class network of assignment 06 is yours to write).
 * @param X inputs, [n_x, m]
 * @param parameters W1 [n1, n_x], b1 [n1, 1], W2 [n2, n1], b2 [n2, 1], W3 [1, n2], b3 [1, 1]
 * @returns A3 = σ(Z3), [1, m], and the cache for the backward pass
 */
export function forwardPropagation(
  X: tf.Tensor,
  parameters: Parameters,
): { A3: tf.Tensor; cache: ThreeLayerCache } {
  const { W1, b1, W2, b2, W3, b3 } = parameters as Record<string, tf.Tensor>;
  if (W3?.shape[0] !== 1)
    throw new RangeError(
      `forwardPropagation: the given network has one output unit, W3 [1, n2]; got W3 [${W3?.shape}]`,
    );
  const Z1 = tf.tidy(() => tf.matMul(W1!, X).add(b1!));
  const A1 = tf.relu(Z1);
  const Z2 = tf.tidy(() => tf.matMul(W2!, A1).add(b2!));
  const A2 = tf.relu(Z2);
  const Z3 = tf.tidy(() => tf.matMul(W3!, A2).add(b3!));
  const A3 = tf.sigmoid(Z3);
  return {
    A3,
    cache: { Z1, A1, W1: W1!, b1: b1!, Z2, A2, W2: W2!, b2: b2!, Z3, A3, W3: W3!, b3: b3! },
  };
}

/** @param X [n_x, m] @returns the predictions, 1 where A3 > 0.5 else 0, [1, m] float32 */
export function predict(X: tf.Tensor, parameters: Parameters): tf.Tensor {
  return tf.tidy(() => forwardPropagation(X, parameters).A3.greater(0.5).cast("float32"));
}

/** Frees every tensor of a cache except the parameters (which the caller owns). */
export function disposeCache(cache: ThreeLayerCache): void {
  tf.dispose([cache.Z1, cache.A1, cache.Z2, cache.A2, cache.Z3, cache.A3]);
}

/**
 * Parameters the loop draws itself, as the notebooks' `initialize_parameters`:
 * `np.random.seed(3)`, then for every layer Wl = randn(n_l, n_{l−1}) · scale and bl = 0,
 * with scale √(2 / n_{l−1}) (`"he"`, opt_utils) or 1 / √n_{l−1} (`"inverse-sqrt"`, reg_utils).
 * The seed is the notebooks' 3, fixed, and the loop returns them only after at least one
 * step: it is not a way to draw an initialization.
 */
export interface SeededStart {
  layersDims: number[];
  scale: "he" | "inverse-sqrt";
}

/** What one run of `trainThreeLayerNet` does; every hook is optional. */
export interface TrainingPlan {
  /** passes over the data (iterations, when each pass is one batch), at least 1 */
  numEpochs: number;
  /** the step of the loop's own gradient descent */
  learningRate: number;
  /** the cost is computed and recorded at epochs 0, recordEvery, 2·recordEvery, … */
  recordEvery: number;
  /** called with each recorded cost, after `afterEpoch` */
  onRecord?(epoch: number, cost: number): void;
  /** the mini-batches of an epoch (default: one batch, all of X and Y); the loop frees them */
  batches?(epoch: number): MiniBatch[];
  /** the forward pass (default: `forwardPropagation`); its cache is freed after the backward pass */
  forward?(
    X: tf.Tensor,
    parameters: Parameters,
    epoch: number,
  ): { A3: tf.Tensor; cache: ThreeLayerCache };
  /** the cost of a batch (default: the mean cross-entropy, A3 kept within `LOSS_MARGIN`) */
  cost?(A3: tf.Tensor, Y: tf.Tensor, parameters: Parameters): number;
  /** the gradients (default: those of the mean cross-entropy) */
  backward?(X: tf.Tensor, Y: tf.Tensor, cache: ThreeLayerCache): Grads;
  /**
   * the step (default: gradient descent with `learningRate`). It owns what it keeps
   * between steps; the loop frees the old parameters and the gradients it does not return.
   */
  update?(parameters: Parameters, grads: Grads): Parameters;
  /** tensors the loop must not free besides the parameters (what `update` keeps between steps) */
  retained?(): tf.Tensor[];
  /** called at the end of every epoch, before its cost is recorded */
  afterEpoch?(epoch: number): void;
}

/**
 * Trains the network (the loop of the notebooks' `model`): for each epoch and each of its
 * mini-batches a forward pass, the gradients and a step. The cost of an epoch is the
 * batches' costs weighted by their sizes, divided by m.
 *
 * @param X inputs, [n_x, m]
 * @param Y labels 0/1, [1, m]
 * @param start the parameters to train, which the loop then owns and frees once a step has
 *   replaced them (it runs its own forward pass, gradients and gradient descent on them:
 *   `forward`, `backward` and `update` are refused), or a `SeededStart`
 * @returns the trained parameters (the caller frees them) and the recorded costs
 */
export function trainThreeLayerNet(
  X: tf.Tensor,
  Y: tf.Tensor,
  start: Parameters | SeededStart,
  plan: TrainingPlan,
): { parameters: Parameters; costs: number[] } {
  const seeded = isSeededStart(start);
  if (!(plan.numEpochs >= 1)) throw new Error("trainThreeLayerNet: numEpochs must be at least 1");
  if (!seeded && (plan.forward || plan.backward || plan.update))
    throw new Error(
      "trainThreeLayerNet: forward, backward and update apply only to parameters it draws itself (a SeededStart)",
    );
  const m = X.shape[1]!;
  const forward = plan.forward ?? ((x: tf.Tensor, p: Parameters) => forwardPropagation(x, p));
  const cost = plan.cost ?? crossEntropyLoss;
  const backward = plan.backward ?? plainBackward;
  const update =
    plan.update ?? ((p: Parameters, g: Grads) => gradientDescentStep(p, g, plan.learningRate));
  let parameters = seeded ? seededParameters(start) : start;
  const costs: number[] = [];
  for (let epoch = 0; epoch < plan.numEpochs; epoch++) {
    const recorded = epoch % plan.recordEvery === 0;
    const batches = plan.batches ? plan.batches(epoch) : [[X, Y] as MiniBatch];
    let costTotal = 0;
    for (const [batchX, batchY] of batches) {
      const { A3, cache } = forward(batchX, parameters, epoch);
      if (recorded) {
        const c = cost(A3, batchY, parameters);
        costTotal += batches.length === 1 ? c : c * batchX.shape[1]!;
      }
      const grads = backward(batchX, batchY, cache);
      tf.dispose(
        Object.entries(cache)
          .filter(([k]) => !/^[Wb]\d$/.test(k))
          .map(([, t]) => t as tf.Tensor),
      );
      const next = update(parameters, grads);
      const kept = new Set([...Object.values(next), ...(plan.retained?.() ?? [])]);
      const old = [...Object.values(grads), ...Object.values(parameters)];
      tf.dispose(old.filter((t) => !kept.has(t)));
      parameters = next;
    }
    const kept = new Set([X, Y, ...Object.values(parameters), ...(plan.retained?.() ?? [])]);
    tf.dispose(batches.flat().filter((b) => !kept.has(b)));
    plan.afterEpoch?.(epoch);
    if (recorded) {
      const c = batches.length === 1 ? costTotal : costTotal / m;
      costs.push(c);
      plan.onRecord?.(epoch, c);
    }
  }
  return { parameters, costs };
}

function isSeededStart(start: Parameters | SeededStart): start is SeededStart {
  return Array.isArray((start as SeededStart).layersDims);
}

function seededParameters({ layersDims, scale }: SeededStart): Parameters {
  const rng = new RandomState(3);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    const [n, nPrev] = [layersDims[l]!, layersDims[l - 1]!];
    const s = scale === "he" ? Math.sqrt(2 / nPrev) : 1 / Math.sqrt(nPrev);
    parameters[`W${l}`] = tf.tensor2d(
      Float32Array.from(rng.randn(n, nPrev), (v) => v * s),
      [n, nPrev],
    );
    parameters[`b${l}`] = tf.zeros([n, 1]);
  }
  return parameters;
}

/** The mean cross-entropy of A3 [1, m] against Y [1, m], A3 kept within [LOSS_MARGIN, 1 − LOSS_MARGIN]. */
function crossEntropyLoss(A3: tf.Tensor, Y: tf.Tensor): number {
  return tf.tidy(() => {
    const A = A3.clipByValue(LOSS_MARGIN, 1 - LOSS_MARGIN);
    const terms = Y.mul(A.log()).add(tf.scalar(1).sub(Y).mul(tf.scalar(1).sub(A).log()));
    return -terms.mean().dataSync()[0]!;
  });
}

/**
 * The gradients of the mean cross-entropy with respect to W1 … b3, by automatic
 * differentiation of its form on the logits, softplus(Z3) − Y·Z3 (exact where σ saturates).
 */
function plainBackward(X: tf.Tensor, Y: tf.Tensor, cache: ThreeLayerCache): Grads {
  const names = ["W1", "b1", "W2", "b2", "W3", "b3"] as const;
  return tf.tidy(() => {
    const loss = (...values: tf.Tensor[]) => {
      const [W1, b1, W2, b2, W3, b3] = values as [
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
      ];
      const A1 = tf.relu(tf.matMul(W1, X).add(b1));
      const A2 = tf.relu(tf.matMul(W2, A1).add(b2));
      const Z3 = tf.matMul(W3, A2).add(b3);
      return tf.softplus(Z3).sub(Y.mul(Z3)).mean() as tf.Scalar;
    };
    const grads = tf.grads(loss)(names.map((k) => cache[k]));
    return Object.fromEntries(names.map((k, i) => [`d${k}`, grads[i]!]));
  });
}

function gradientDescentStep(
  parameters: Parameters,
  grads: Grads,
  learningRate: number,
): Parameters {
  return tf.tidy(() =>
    Object.fromEntries(
      Object.entries(parameters).map(([k, p]) => [k, p.sub(grads[`d${k}`]!.mul(learningRate))]),
    ),
  );
}
