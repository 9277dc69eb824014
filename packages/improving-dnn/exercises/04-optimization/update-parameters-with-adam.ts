import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Velocity } from "../../src/optimizer-state.ts";
import type { Grads, Parameters } from "../../src/types.ts";

/**
 * One step of Adam, for every parameter θ of every layer (g = dθ):
 * v = β1·v + (1 − β1)·g,  s = β2·s + (1 − β2)·g²  (element-wise square),
 * v̂ = v / (1 − β1^t),  ŝ = s / (1 − β2^t)  (bias correction),
 * θ = θ − α·v̂ / (√ŝ + ε).
 *
 * @param parameters W1 [n1, n0], b1 [n1, 1], …, WL, bL
 * @param grads dW1, db1, …, dWL, dbL, each shaped like its parameter
 * @param v the average of the gradients so far, keyed dW1, db1, … (zeros at first)
 * @param s the average of the squared gradients so far, keyed like v
 * @param t the number of Adam steps taken, this one included (1 for the first step)
 * @param learningRate α
 * @param beta1 decay of the first moment v
 * @param beta2 decay of the second moment s
 * @param epsilon added to √ŝ so a zero gradient does not divide by zero
 * @returns the new parameters, the new v and s (to pass to the next step) and the
 *   bias-corrected vCorrected and sCorrected of this step, all keyed and shaped like
 *   their inputs; the given ones are left as they are
 */
export function updateParametersWithAdam(
  parameters: Parameters,
  grads: Grads,
  v: Velocity,
  s: Velocity,
  t: number,
  learningRate = 0.01,
  beta1 = 0.9,
  beta2 = 0.999,
  epsilon = 1e-8,
): {
  parameters: Parameters;
  v: Velocity;
  s: Velocity;
  vCorrected: Velocity;
  sCorrected: Velocity;
} {
  // TODO: v, s, their bias-corrected v / (1 − β1^t) and s / (1 − β2^t), then θ − α·v̂ / (√ŝ + ε), per parameter.
  throw new NotImplemented("updateParametersWithAdam");
}
