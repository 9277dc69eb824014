import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { LogisticModel } from "../../src/end-to-end-data.ts";

/**
 * The end-to-end model: one logistic unit from the raw image to the label, ŷ = σ(W·x + b),
 * no hand-designed stage in between. Batch gradient descent on the cross-entropy from
 * W = 0, b = 0: dZ = ŷ − Y, dW = (1/m) dZ·Xᵀ, db = (1/m) Σ dZ.
 *
 * @param X inputs as columns, [n, m]
 * @param Y labels 0/1, [1, m]
 * @param learningRate step size α
 * @param numIterations gradient descent steps
 * @returns model: W [1, n], b [1, 1]; costs: the cross-entropy at steps 0, 100, 200, …
 *   (before each of those steps)
 */
export function trainEndToEnd(
  X: tf.Tensor,
  Y: tf.Tensor,
  learningRate = 0.1,
  numIterations = 500,
): { model: LogisticModel; costs: number[] } {
  // TODO: W = 0 [1, n], b = 0; each step A = σ(W·X + b), record the cost every 100 steps, then W −= α·dW, b −= α·db.
  throw new NotImplemented("trainEndToEnd");
}
