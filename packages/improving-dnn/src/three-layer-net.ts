/**
 * The three-layer network the first week's notebooks give (init_utils, reg_utils,
 * opt_utils): LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID, its backward pass, the
 * cross-entropy loss, a gradient-descent step and the prediction. The assignments write
 * what changes around it (the initialization, the regularized cost and backward, dropout,
 * the optimizers); the given models in this folder train it.
 */
import * as tf from "@tensorflow/tfjs";
import type { Grads, Parameters, ThreeLayerCache } from "./types.ts";

/**
 * How far σ stays from 0 and 1 in the loss. In float32 σ(z) rounds to exactly 1 for
 * z > 16.6 (the notebooks' float64 only at z > 36); log(0) is then −∞ and the loss NaN.
 */
export const LOSS_MARGIN = 1e-7;

/**
 * @param X inputs, [n_x, m]
 * @param parameters W1 [n1, n_x], b1 [n1, 1], W2 [n2, n1], b2 [n2, 1], W3 [1, n2], b3 [1, 1]
 * @returns A3 = σ(Z3), [1, m], and the cache for the backward pass
 */
export function forwardPropagation(
  X: tf.Tensor,
  parameters: Parameters,
): { A3: tf.Tensor; cache: ThreeLayerCache } {
  const { W1, b1, W2, b2, W3, b3 } = parameters as Record<string, tf.Tensor>;
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

/**
 * The gradients of the mean cross-entropy (the notebooks' `backward_propagation`).
 * @param X [n_x, m] @param Y labels, [1, m] @param cache from `forwardPropagation`
 * @returns dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1, each shaped like its variable
 */
export function backwardPropagation(X: tf.Tensor, Y: tf.Tensor, cache: ThreeLayerCache): Grads {
  const m = X.shape[1]!;
  const { A1, W2, A2, W3, A3 } = cache;
  return tf.tidy(() => {
    const dZ3 = A3.sub(Y);
    const dW3 = tf.matMul(dZ3, A2, false, true).div(m);
    const db3 = dZ3.sum(1, true).div(m);
    const dA2 = tf.matMul(W3, dZ3, true, false);
    const dZ2 = dA2.mul(A2.greater(0).cast("float32"));
    const dW2 = tf.matMul(dZ2, A1, false, true).div(m);
    const db2 = dZ2.sum(1, true).div(m);
    const dA1 = tf.matMul(W2, dZ2, true, false);
    const dZ1 = dA1.mul(A1.greater(0).cast("float32"));
    const dW1 = tf.matMul(dZ1, X, false, true).div(m);
    const db1 = dZ1.sum(1, true).div(m);
    return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
  });
}

/**
 * The mean cross-entropy −(1/m) Σ [Y log A3 + (1 − Y) log(1 − A3)] (`compute_loss`),
 * with A3 kept within [1e-7, 1 − 1e-7] (see `LOSS_MARGIN`).
 * @param A3 probabilities, [1, m] @param Y labels, [1, m] @returns the loss, a number
 */
export function computeLoss(A3: tf.Tensor, Y: tf.Tensor): number {
  return tf.tidy(() => crossEntropy(A3, Y).dataSync()[0]!);
}

/** `computeLoss` as a scalar tensor, for code that differentiates it or stays on the device. */
export function crossEntropy(A3: tf.Tensor, Y: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const A = A3.clipByValue(LOSS_MARGIN, 1 - LOSS_MARGIN);
    const one = tf.scalar(1);
    return Y.mul(A.log())
      .add(one.sub(Y).mul(one.sub(A).log()))
      .mean()
      .neg() as tf.Scalar;
  });
}

/**
 * One step of gradient descent: Wl − α dWl, bl − α dbl for every layer in `parameters`.
 * @returns new parameters; the ones given are left as they are
 */
export function updateParameters(
  parameters: Parameters,
  grads: Grads,
  learningRate: number,
): Parameters {
  const L = Object.keys(parameters).length / 2;
  const updated: Parameters = {};
  tf.tidy(() => {
    for (let l = 1; l <= L; l++) {
      updated[`W${l}`] = tf.keep(parameters[`W${l}`]!.sub(grads[`dW${l}`]!.mul(learningRate)));
      updated[`b${l}`] = tf.keep(parameters[`b${l}`]!.sub(grads[`db${l}`]!.mul(learningRate)));
    }
  });
  return updated;
}

/** @param X [n_x, m] @returns the predictions, 1 where A3 > 0.5 else 0, [1, m] float32 */
export function predict(X: tf.Tensor, parameters: Parameters): tf.Tensor {
  return tf.tidy(() => forwardPropagation(X, parameters).A3.greater(0.5).cast("float32"));
}

/** Frees every tensor of a cache except the parameters (which the caller owns). */
export function disposeCache(cache: ThreeLayerCache): void {
  tf.dispose([cache.Z1, cache.A1, cache.Z2, cache.A2, cache.Z3, cache.A3]);
}
