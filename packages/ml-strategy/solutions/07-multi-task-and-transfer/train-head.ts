import { RandomState, randnTensor } from "@dlc/student-kit/check";
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
  const L = Object.keys(pretrained).length / 2;
  const m = X.shape[1]!;
  const F = tf.tidy(() => {
    let A = X;
    for (let l = 1; l < L; l++)
      A = tf.relu(pretrained[`W${l}`]!.matMul(A).add(pretrained[`b${l}`]!));
    return A;
  });
  let W = tf.tidy(() => randnTensor(new RandomState(seed), [1, F.shape[0]!]).mul(0.01));
  let b = tf.zeros([1, 1]);
  const costs: number[] = [];
  for (let i = 0; i < numIterations; i++) {
    const [nextW, nextB] = tf.tidy(() => {
      const A = tf.sigmoid(W.matMul(F).add(b));
      if (i % 100 === 0) {
        const cost = Y.mul(A.log()).add(tf.scalar(1).sub(Y).mul(tf.scalar(1).sub(A).log()));
        costs.push(-cost.sum().dataSync()[0]! / m);
      }
      const dZ = A.sub(Y);
      const dW = dZ.matMul(F, false, true).div(m);
      const db = dZ.sum(1, true).div(m);
      return [W.sub(dW.mul(learningRate)), b.sub(db.mul(learningRate))];
    });
    tf.dispose([W, b]);
    [W, b] = [nextW!, nextB!];
  }
  F.dispose();
  const parameters: NetworkParameters = {};
  for (let l = 1; l < L; l++) {
    parameters[`W${l}`] = pretrained[`W${l}`]!;
    parameters[`b${l}`] = pretrained[`b${l}`]!;
  }
  parameters[`W${L}`] = W;
  parameters[`b${L}`] = b;
  return { parameters, costs };
}
