/**
 * The Initialization notebook's given `model`: the three-layer network [n_x, 10, 5, 1]
 * (LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID, from `three-layer-net.ts`) trained
 * by batch gradient descent. The notebook picks the initialization by name
 * (`initialization="he"`); here it is passed in as a function, so the course's code
 * never imports the exercises: `model(X, Y, initializeParametersHe)`.
 */
import type * as tf from "@tensorflow/tfjs";
import { trainThreeLayerNet } from "./three-layer-net.ts";
import type { Parameters } from "./types.ts";

/** An initialization: layer sizes [n_x, 10, 5, 1] → W1 … W3 [n_l, n_{l−1}], b1 … b3 [n_l, 1]. */
export type Initializer = (layersDims: number[]) => Parameters;

export interface ModelOptions {
  /** the notebook's 0.01 */
  learningRate?: number;
  /** the notebook's 15000 */
  numIterations?: number;
  /** print the cost every 1000 iterations (the notebook prints by default) */
  printCost?: boolean;
}

/** The sizes the notebook's model uses for inputs of nX features. */
export function modelLayers(nX: number): number[] {
  return [nX, 10, 5, 1];
}

/**
 * @param X inputs, [n_x, m]
 * @param Y labels 0/1, [1, m]
 * @param initialize the initialization (zeros, random, He); the model owns the tensors it
 *   returns and disposes them once the first step has replaced them
 * @returns the trained parameters (W1 [10, n_x], b1 [10, 1], W2 [5, 10], b2 [5, 1],
 *   W3 [1, 5], b3 [1, 1]) and the cost before iterations 0, 1000, 2000, …
 */
export function model(
  X: tf.Tensor,
  Y: tf.Tensor,
  initialize: Initializer,
  { learningRate = 0.01, numIterations = 15000, printCost = false }: ModelOptions = {},
): { parameters: Parameters; costs: number[] } {
  return trainThreeLayerNet(X, Y, initialize(modelLayers(X.shape[0]!)), {
    numEpochs: numIterations,
    learningRate,
    recordEvery: 1000,
    onRecord: (i, cost) => {
      if (printCost) console.log(`Cost after iteration ${i}: ${cost}`);
    },
  });
}
