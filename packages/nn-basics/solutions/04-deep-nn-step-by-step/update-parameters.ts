import * as tf from "@tensorflow/tfjs";
import type { Grads, Parameters } from "../../src/types.ts";

/**
 * One step of gradient descent on every layer.
 *
 * @param parameters W1, b1, …, WL, bL
 * @param grads dW1, db1, …, dWL, dbL (and dA…, ignored)
 * @param learningRate step size α
 * @returns new parameters Wl − α·dWl, bl − α·dbl (the given ones are left as they were)
 */
export function updateParameters(
  parameters: Parameters,
  grads: Grads,
  learningRate: number,
): Parameters {
  return tf.tidy(() => {
    const L = Object.keys(parameters).length / 2;
    const updated: Parameters = {};
    for (let l = 1; l <= L; l++) {
      updated[`W${l}`] = parameters[`W${l}`]!.sub(grads[`dW${l}`]!.mul(learningRate));
      updated[`b${l}`] = parameters[`b${l}`]!.sub(grads[`db${l}`]!.mul(learningRate));
    }
    return updated;
  });
}
