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
  const [nX, nH, nY] = layersDims;
  let parameters = initializeParameters(nX, nH, nY);
  const costs: number[] = [];
  for (let i = 0; i < numIterations; i++) {
    const { next, cost } = tf.tidy(() => {
      const { W1, b1, W2, b2 } = parameters as Record<"W1" | "b1" | "W2" | "b2", tf.Tensor>;
      const layer1 = linearActivationForward(X, W1, b1, "relu");
      const layer2 = linearActivationForward(layer1.A, W2, b2, "sigmoid");
      const cost = computeCost(layer2.A, Y);
      const dA2 = tf
        .div(Y, layer2.A)
        .sub(tf.scalar(1).sub(Y).div(tf.scalar(1).sub(layer2.A)))
        .neg();
      const back2 = linearActivationBackward(dA2, layer2.cache, "sigmoid");
      const back1 = linearActivationBackward(back2.dAPrev, layer1.cache, "relu");
      const grads = { dW1: back1.dW, db1: back1.db, dW2: back2.dW, db2: back2.db };
      return { next: updateParameters(parameters, grads, learningRate), cost };
    });
    tf.dispose(Object.values(parameters));
    parameters = next;
    if (i % 100 === 0 || i === numIterations - 1) {
      const value = cost.dataSync()[0]!;
      if (printCost) console.log(`Cost after iteration ${i}: ${value}`);
      if (i % 100 === 0) costs.push(value);
    }
    cost.dispose();
  }
  return { parameters, costs };
}
