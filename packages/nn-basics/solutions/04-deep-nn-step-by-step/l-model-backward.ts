import * as tf from "@tensorflow/tfjs";
import type { Grads, LinearActivationCache } from "../../src/types.ts";
import { linearActivationBackward } from "./linear-activation-backward.ts";

/**
 * The backward pass of the L-layer network.
 *
 * @param AL output probabilities, [1, m]
 * @param Y labels, [1, m]
 * @param caches the L caches of lModelForward, in forward order
 * @returns grads: dA{l−1}, dW{l}, db{l} for l = L … 1 (each shaped like what it differentiates)
 */
export function lModelBackward(
  AL: tf.Tensor,
  Y: tf.Tensor,
  caches: LinearActivationCache[],
): Grads {
  return tf.tidy(() => {
    const grads: Grads = {};
    const L = caches.length;
    const dAL = tf
      .div(Y, AL)
      .sub(tf.scalar(1).sub(Y).div(tf.scalar(1).sub(AL)))
      .neg();
    let step = linearActivationBackward(dAL, caches[L - 1]!, "sigmoid");
    grads[`dA${L - 1}`] = step.dAPrev;
    grads[`dW${L}`] = step.dW;
    grads[`db${L}`] = step.db;
    for (let l = L - 2; l >= 0; l--) {
      step = linearActivationBackward(grads[`dA${l + 1}`]!, caches[l]!, "relu");
      grads[`dA${l}`] = step.dAPrev;
      grads[`dW${l + 1}`] = step.dW;
      grads[`db${l + 1}`] = step.db;
    }
    return grads;
  });
}
