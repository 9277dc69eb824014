import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { initializeParametersDeepScaled } from "../../src/deep-init.ts";
import type { Parameters } from "../../src/types.ts";
import { computeCost } from "../04-deep-nn-step-by-step/compute-cost.ts";
import { lModelBackward } from "../04-deep-nn-step-by-step/l-model-backward.ts";
import { lModelForward } from "../04-deep-nn-step-by-step/l-model-forward.ts";
import { updateParameters } from "../04-deep-nn-step-by-step/update-parameters.ts";

/**
 * An L-layer network: [LINEAR → RELU] × (L − 1) → LINEAR → SIGMOID, trained by batch
 * gradient descent with your assignment-04 functions.
 *
 * @param X images as columns, [n_x, m]
 * @param Y labels 0/1, [1, m]
 * @param layersDims [n_x, n_1, …, n_L]
 * @param learningRate step size α
 * @param numIterations gradient descent steps
 * @param printCost log the cost every 100 steps
 * @returns parameters W1, b1, …, WL, bL; costs: the cost at steps 0, 100, 200, … (the last step is printed, not recorded, as in the notebook)
 */
export function lLayerModel(
  X: tf.Tensor,
  Y: tf.Tensor,
  layersDims: number[],
  learningRate = 0.0075,
  numIterations = 3000,
  printCost = false,
): { parameters: Parameters; costs: number[] } {
  // TODO: initializeParametersDeepScaled(layersDims) from src/deep-init.ts, then numIterations × (lModelForward, computeCost, lModelBackward, updateParameters); record the cost every 100 steps and at the last.
  throw new NotImplemented("lLayerModel");
}
