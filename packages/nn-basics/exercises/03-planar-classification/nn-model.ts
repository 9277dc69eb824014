import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";
import { backwardPropagation } from "./backward-propagation.ts";
import { computeCost } from "./compute-cost.ts";
import { forwardPropagation } from "./forward-propagation.ts";
import { initializeParameters } from "./initialize-parameters.ts";
import { layerSizes } from "./layer-sizes.ts";
import { updateParameters } from "./update-parameters.ts";

/**
 * Trains the one-hidden-layer network with batch gradient descent (learning rate 1.2).
 *
 * @param X input data, [n_x, m]
 * @param Y labels, [1, m]
 * @param nH hidden layer size
 * @param numIterations gradient descent steps
 * @param printCost log the cost every 1000 steps
 * @param seed seed for initializeParameters (the notebook's is 3)
 * @returns the learned parameters W1, b1, W2, b2
 */
export function nnModel(
  X: tf.Tensor,
  Y: tf.Tensor,
  nH: number,
  numIterations = 10000,
  printCost = false,
  seed = 3,
): Parameters {
  // TODO: layerSizes, initializeParameters(nX, nH, nY, seed), then numIterations × (forward, backward, update).
  throw new NotImplemented("nnModel");
}
