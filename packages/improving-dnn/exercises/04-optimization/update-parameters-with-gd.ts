import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: for l = 1 … L, W{l} − α·dW{l} and b{l} − α·db{l} in a new object (L = number of keys / 2).
  throw new NotImplemented("updateParametersWithGd");
}
