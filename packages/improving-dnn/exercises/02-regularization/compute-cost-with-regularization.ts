import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { LOSS_MARGIN } from "../../src/three-layer-net.ts";
import type { Parameters } from "../../src/types.ts";

/**
 * The cross-entropy cost plus the L2 penalty on the weights:
 * J = −(1/m) Σ [y log a + (1 − y) log(1 − a)] + λ/(2m) (‖W1‖² + ‖W2‖² + ‖W3‖²),
 * where ‖W‖² is the sum of the squares of W's entries (the squared Frobenius norm).
 * A3 is kept within [LOSS_MARGIN, 1 − LOSS_MARGIN] in the logs, as the notebook's
 * `compute_cost` is used on a float32 σ that may round to exactly 0 or 1.
 *
 * @param A3 the network's output probabilities, [1, m]
 * @param Y the labels 0/1, [1, m]
 * @param parameters W1 [n1, n0], b1 [n1, 1], W2 [n2, n1], b2 [n2, 1], W3 [1, n2], b3 [1, 1]
 * @param lambd the regularization strength λ ≥ 0
 * @returns the regularized cost, a number
 */
export function computeCostWithRegularization(
  A3: tf.Tensor,
  Y: tf.Tensor,
  parameters: Parameters,
  lambd: number,
): number {
  // TODO: the cross-entropy (A3 clipped to [LOSS_MARGIN, 1 − LOSS_MARGIN], see
  // src/three-layer-net.ts) + λ/(2m) · (ΣW1² + ΣW2² + ΣW3²), as a number.
  throw new NotImplemented("computeCostWithRegularization");
}
