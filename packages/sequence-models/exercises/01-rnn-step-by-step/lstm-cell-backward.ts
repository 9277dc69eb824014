import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { LstmCache, LstmCellGradients } from "../../src/types.ts";

/**
 * The backward pass of one LSTM step. With t = tanh(c_next), the memory's total gradient is
 * dc = dc_next + Γo ⊙ (1 − t²) ⊙ da_next, and the gates' pre-activations receive
 *
 * - dΓo = da_next ⊙ t ⊙ Γo ⊙ (1 − Γo)
 * - dc̃ = dc ⊙ Γi ⊙ (1 − c̃²)
 * - dΓi = dc ⊙ c̃ ⊙ Γi ⊙ (1 − Γi)
 * - dΓf = dc ⊙ c_prev ⊙ Γf ⊙ (1 − Γf)
 *
 * Each gate's dW = d(gate) · concatᵀ and db = Σ over the examples of d(gate); the gradient of
 * concat = [a_prev; xt] is Σ over the gates of Wᵀ · d(gate), whose first n_a rows are da_prev
 * and last n_x rows dxt; and dc_prev = dc ⊙ Γf.
 *
 * @param daNext the gradient with respect to a_next, [n_a, m]
 * @param dcNext the gradient with respect to c_next, [n_a, m]
 * @param cache `{ aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, parameters }` from lstmCellForward
 * @returns dxt [n_x, m], daPrev and dcPrev [n_a, m], dWf/dWi/dWc/dWo [n_a, n_a + n_x],
 *   dbf/dbi/dbc/dbo [n_a, 1]
 */
export function lstmCellBackward(
  daNext: tf.Tensor2D,
  dcNext: tf.Tensor2D,
  cache: LstmCache,
): LstmCellGradients {
  // TODO: dc = dc_next + Γo ⊙ (1 − tanh(c_next)²) ⊙ da_next; the four gates' pre-activation
  // gradients; their dW, db; da_prev and dxt from Σ Wᵀ·d(gate); dc_prev = dc ⊙ Γf.
  throw new NotImplemented("lstmCellBackward");
}
