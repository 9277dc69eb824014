import * as tf from "@tensorflow/tfjs";
import type { Grads, Parameters } from "../../src/types.ts";

/**
 * One step of gradient descent.
 *
 * @param parameters W1, b1, W2, b2
 * @param grads dW1, db1, dW2, db2 (same shapes)
 * @param learningRate step size α
 * @returns new parameters θ − α·dθ (the given ones are left as they were)
 */
export function updateParameters(
  parameters: Parameters,
  grads: Grads,
  learningRate = 1.2,
): Parameters {
  return tf.tidy(() => {
    const updated: Parameters = {};
    for (const key of ["W1", "b1", "W2", "b2"]) {
      updated[key] = parameters[key]!.sub(grads[`d${key}`]!.mul(learningRate));
    }
    return updated;
  });
}
