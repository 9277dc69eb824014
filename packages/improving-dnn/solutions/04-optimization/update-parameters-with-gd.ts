import * as tf from "@tensorflow/tfjs";
import type { Grads, Parameters } from "../../src/types.ts";

/**
 * One step of (mini-batch) gradient descent on every layer:
 * W[l] = W[l] − α·dW[l] and b[l] = b[l] − α·db[l] for l = 1 … L.
 *
 * @param parameters W1 [n1, n0], b1 [n1, 1], …, WL [nL, n_{L−1}], bL [nL, 1]
 * @param grads dW1, db1, …, dWL, dbL, each shaped like its parameter
 * @param learningRate α
 * @returns the new parameters, same keys and shapes; the given ones are left as they are
 */
export function updateParametersWithGd(
  parameters: Parameters,
  grads: Grads,
  learningRate: number,
): Parameters {
  const L = Object.keys(parameters).length / 2;
  return tf.tidy(() => {
    const updated: Parameters = {};
    for (let l = 1; l <= L; l++) {
      updated[`W${l}`] = parameters[`W${l}`]!.sub(grads[`dW${l}`]!.mul(learningRate));
      updated[`b${l}`] = parameters[`b${l}`]!.sub(grads[`db${l}`]!.mul(learningRate));
    }
    return updated;
  });
}
