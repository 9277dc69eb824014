import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";
import { computeCost } from "../04-deep-nn-step-by-step/compute-cost.ts";
import { initializeParameters } from "../04-deep-nn-step-by-step/initialize-parameters.ts";
import { linearActivationBackward } from "../04-deep-nn-step-by-step/linear-activation-backward.ts";
import { linearActivationForward } from "../04-deep-nn-step-by-step/linear-activation-forward.ts";
import { updateParameters } from "../04-deep-nn-step-by-step/update-parameters.ts";

/**
 * A two-layer network: LINEAR → RELU → LINEAR → SIGMOID, trained by batch gradient descent
 * with your assignment-04 functions.
 *
 * @param X images as columns, [n_x, m]
 * @param Y labels 0/1, [1, m]
 * @param layersDims [n_x, n_h, n_y]
 * @param learningRate step size α
 * @param numIterations gradient descent steps
 * @param printCost log the cost every 100 steps
 * @returns parameters W1, b1, W2, b2; costs: the cost at steps 0, 100, 200, … (the last step is printed, not recorded, as in the notebook)
 */
export function twoLayerModel(
  X: tf.Tensor,
  Y: tf.Tensor,
  layersDims: [number, number, number],
  learningRate = 0.0075,
  numIterations = 3000,
  printCost = false,
): { parameters: Parameters; costs: number[] } {
  // TODO: initializeParameters(n_x, n_h, n_y), then numIterations × (two linearActivationForward, computeCost, dA2, two linearActivationBackward, updateParameters); record the cost every 100 steps and at the last.
  throw new NotImplemented("twoLayerModel");
}
