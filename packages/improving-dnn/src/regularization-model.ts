/**
 * The model the Regularization notebook gives: the three-layer network
 * LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID with layers [n_x, 20, 3, 1], trained
 * by batch gradient descent, without regularization, with L2 regularization (`lambd` > 0)
 * or with dropout (`keepProb` < 1). The regularized pieces are the assignment's graded
 * functions, so they come in as an argument: src/ never imports exercises/ or solutions/.
 *
 * One difference from the notebook, on purpose: its `forward_propagation_with_dropout`
 * calls `np.random.seed(1)` on every call, so every iteration drops the same units of the
 * same examples; a network trained that way learns to live with one fixed set of holes.
 * Here iteration i draws its masks with seed i + 1 (iteration 0 uses the notebook's seed),
 * so every iteration shuts down a fresh random set of units: dropout as it is meant.
 */
import type * as tf from "@tensorflow/tfjs";
import type { DropoutCache } from "./dropout.ts";
import { type SeededStart, type TrainingPlan, trainThreeLayerNet } from "./three-layer-net.ts";
import type { Grads, Parameters, ThreeLayerCache } from "./types.ts";

/** The assignment's four graded functions, as the model calls them. */
export interface RegularizationFunctions {
  computeCostWithRegularization(
    A3: tf.Tensor,
    Y: tf.Tensor,
    parameters: Parameters,
    lambd: number,
  ): number;
  backwardPropagationWithRegularization(
    X: tf.Tensor,
    Y: tf.Tensor,
    cache: ThreeLayerCache,
    lambd: number,
  ): Grads;
  forwardPropagationWithDropout(
    X: tf.Tensor,
    parameters: Parameters,
    keepProb?: number,
    seed?: number,
  ): { A3: tf.Tensor; cache: DropoutCache };
  backwardPropagationWithDropout(
    X: tf.Tensor,
    Y: tf.Tensor,
    cache: DropoutCache,
    keepProb: number,
  ): Grads;
}

/**
 * Where the model starts, reg_utils' `initialize_parameters`: `np.random.seed(3)`, then for
 * every layer Wl = randn(n_l, n_{l−1}) / √n_{l−1} and bl = zeros(n_l, 1).
 * @param nX the number of input features
 */
export function modelStart(nX: number): SeededStart {
  return { layersDims: [nX, 20, 3, 1], scale: "inverse-sqrt" };
}

/**
 * Trains the [n_x, 20, 3, 1] network by gradient descent (the notebook's `model`). Uses at
 * most one regularization, as the notebook does: L2 when `lambd` > 0, dropout when
 * `keepProb` < 1, neither when `lambd` = 0 and `keepProb` = 1 (then `functions` is not used).
 *
 * @param X training inputs, [n_x, m]
 * @param Y training labels 0/1, [1, m]
 * @param functions the graded functions the chosen regularization needs
 * @param learningRate the gradient descent step α
 * @param numIterations how many steps
 * @param printCost prints the cost every 10000 iterations
 * @param lambd the L2 strength λ (0: no L2)
 * @param keepProb the probability of keeping a hidden unit (1: no dropout)
 * @returns the trained parameters, and the cost every 1000 iterations (the regularized
 *   cost with L2; with dropout, the cost of the thinned network of that iteration)
 */
export function model(
  X: tf.Tensor,
  Y: tf.Tensor,
  functions: Partial<RegularizationFunctions>,
  learningRate = 0.3,
  numIterations = 30000,
  printCost = true,
  lambd = 0,
  keepProb = 1,
): { parameters: Parameters; costs: number[] } {
  if (lambd !== 0 && keepProb !== 1)
    throw new Error("model: use L2 (lambd > 0) or dropout (keepProb < 1), not both at once");
  const need = <K extends keyof RegularizationFunctions>(name: K): RegularizationFunctions[K] => {
    const fn = functions[name];
    if (typeof fn !== "function") throw new Error(`model: this run needs ${name}`);
    return fn as RegularizationFunctions[K];
  };
  const plan: TrainingPlan = {
    numEpochs: numIterations,
    learningRate,
    recordEvery: 1000,
    onRecord: (i, cost) => {
      if (printCost && i % 10000 === 0) console.log(`Cost after iteration ${i}: ${cost}`);
    },
  };
  if (keepProb < 1) {
    const forward = need("forwardPropagationWithDropout");
    const backward = need("backwardPropagationWithDropout");
    plan.forward = (x, parameters, i) => forward(x, parameters, keepProb, i + 1);
    plan.backward = (x, y, cache) => backward(x, y, cache as DropoutCache, keepProb);
  } else if (lambd !== 0) {
    const cost = need("computeCostWithRegularization");
    const backward = need("backwardPropagationWithRegularization");
    plan.cost = (A3, y, parameters) => cost(A3, y, parameters, lambd);
    plan.backward = (x, y, cache) => backward(x, y, cache, lambd);
  }
  return trainThreeLayerNet(X, Y, modelStart(X.shape[0]!), plan);
}
