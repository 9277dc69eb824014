import type * as tf from "@tensorflow/tfjs";
import type { LinearActivationCache, Parameters } from "../../src/types.ts";
import { linearActivationForward } from "./linear-activation-forward.ts";

/**
 * The forward pass of the L-layer network: [LINEAR → RELU] × (L − 1) → LINEAR → SIGMOID.
 *
 * @param X input data, [n_x, m]
 * @param parameters W1, b1, …, WL, bL
 * @returns AL: the output probabilities [1, m]; caches: the L layer caches, in order
 */
export function lModelForward(
  X: tf.Tensor,
  parameters: Parameters,
): { AL: tf.Tensor; caches: LinearActivationCache[] } {
  const caches: LinearActivationCache[] = [];
  const L = Object.keys(parameters).length / 2;
  let A = X;
  for (let l = 1; l < L; l++) {
    const layer = linearActivationForward(A, parameters[`W${l}`]!, parameters[`b${l}`]!, "relu");
    caches.push(layer.cache);
    A = layer.A;
  }
  const last = linearActivationForward(A, parameters[`W${L}`]!, parameters[`b${L}`]!, "sigmoid");
  caches.push(last.cache);
  return { AL: last.A, caches };
}
