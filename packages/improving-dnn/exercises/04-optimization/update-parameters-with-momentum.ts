import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Velocity } from "../../src/optimizer-state.ts";
import type { Grads, Parameters } from "../../src/types.ts";

/**
 * One step of gradient descent with momentum, for every parameter θ of every layer:
 * v_dθ = β·v_dθ + (1 − β)·dθ, then θ = θ − α·v_dθ (with the new velocity).
 *
 * @param parameters W1 [n1, n0], b1 [n1, 1], …, WL, bL
 * @param grads dW1, db1, …, dWL, dbL, each shaped like its parameter
 * @param v the velocity of the previous step, keyed dW1, db1, … (zeros at first)
 * @param beta the momentum β in [0, 1): how much of the old velocity is kept
 * @param learningRate α
 * @returns the new parameters and the new velocity, same keys and shapes; the given ones
 *   are left as they are
 */
export function updateParametersWithMomentum(
  parameters: Parameters,
  grads: Grads,
  v: Velocity,
  beta: number,
  learningRate: number,
): { parameters: Parameters; v: Velocity } {
  // TODO: for each W{l}, b{l}: v = β·v + (1 − β)·grad, then parameter − α·v; return both new objects.
  throw new NotImplemented("updateParametersWithMomentum");
}
