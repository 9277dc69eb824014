/**
 * The pieces of the notebooks' three-layer network that are the cores of graded functions
 * (reg_utils' `backward_propagation`, `compute_cost`, `update_parameters`), for the public
 * tests, the hidden checks and the tests of src/ to compare against. They are not in src/
 * on purpose: a submission may import src/, and these would answer (or be the core of)
 * `computeCostWithRegularization`, `backwardPropagationWithRegularization`,
 * `backwardPropagationWithDropout` and `updateParametersWithGd`. The grader refuses a
 * submission's import of this folder.
 */
import * as tf from "@tensorflow/tfjs";
import { LOSS_MARGIN } from "../src/three-layer-net.ts";
import type { Grads, Parameters, ThreeLayerCache } from "../src/types.ts";

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
