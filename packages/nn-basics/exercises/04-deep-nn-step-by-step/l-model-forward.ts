import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: L − 1 relu layers then one sigmoid layer with linearActivationForward; collect every cache.
  throw new NotImplemented("lModelForward");
}
