import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: for every layer l: Wl − α·dWl and bl − α·dbl, in a new object.
  throw new NotImplemented("updateParameters");
}
