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
  const L = Object.keys(parameters).length / 2;
  return tf.tidy(() => {
    const updated: Parameters = {};
    const velocity: Velocity = {};
    for (let l = 1; l <= L; l++) {
      for (const name of [`W${l}`, `b${l}`]) {
        const vNew = v[`d${name}`]!.mul(beta).add(grads[`d${name}`]!.mul(1 - beta));
        velocity[`d${name}`] = vNew;
        updated[name] = parameters[name]!.sub(vNew.mul(learningRate));
      }
    }
    return { parameters: updated, v: velocity };
  });
}
