import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: a new object with W1 − α·dW1, b1 − α·db1, W2 − α·dW2, b2 − α·db2.
  throw new NotImplemented("updateParameters");
}
