import { NotImplemented, RandomState, randnTensor } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { NetworkParameters } from "../../src/transfer-network.ts";

/**
 * Transfer learning with little target data: keep the pretrained network's body (layers
 * 1 … L − 1, LINEAR → RELU) frozen, delete its output layer, and train a new sigmoid output
 * layer on the target task by batch gradient descent. The body never changes, so its
 * features F = A^[L−1] are computed once.
 *
 * The new layer starts at W = randn(1, n_{L−1}) · 0.01 drawn from `new RandomState(seed)`,
 * b = 0, and each step is W −= α·dW, b −= α·db with dZ = σ(W·F + b) − Y,
 * dW = (1/m) dZ·Fᵀ, db = (1/m) Σ dZ.
 *
 * @param pretrained W1 [n1, n0], b1 [n1, 1], …, WL [nL, n_{L−1}], bL [nL, 1] of the source network
 * @param X target inputs, [n0, m]
 * @param Y target labels 0/1, [1, m]
 * @param learningRate step size α
 * @param numIterations gradient descent steps
 * @param seed seed of the new layer's initialization
 * @returns parameters: W1, b1, …, W_{L−1}, b_{L−1} as given and the new WL [1, n_{L−1}], bL [1, 1];
 *   costs: the cross-entropy at steps 0, 100, 200, … (before each of those steps)
 */
export function trainHead(
  pretrained: NetworkParameters,
  X: tf.Tensor,
  Y: tf.Tensor,
  learningRate = 0.1,
  numIterations = 500,
  seed = 2,
): { parameters: NetworkParameters; costs: number[] } {
  // TODO: F = the body's features (ReLU layers 1 … L − 1); a new head W = randn(1, n)·0.01 (RandomState(seed)), b = 0; gradient descent on (F, Y); return the body as given plus the new WL, bL.
  throw new NotImplemented("trainHead");
}
