import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { RnnCache, RnnCellGradients } from "../../src/types.ts";

/**
 * The backward pass of one RNN step. With a⟨t⟩ = tanh(z) and tanh′(z) = 1 − a⟨t⟩², the
 * gradient reaching z is dtanh = (1 − a_next²) ⊙ da_next, and then
 *
 * - dxt = Waxᵀ · dtanh,  dWax = dtanh · xtᵀ
 * - da_prev = Waaᵀ · dtanh,  dWaa = dtanh · a_prevᵀ
 * - dba = Σ over the examples (axis 1) of dtanh, kept as a column
 *
 * @param daNext the gradient of the loss with respect to a_next, [n_a, m]
 * @param cache `{ aNext, aPrev, xt, parameters }` from rnnCellForward
 * @returns dxt [n_x, m], daPrev [n_a, m], dWax [n_a, n_x], dWaa [n_a, n_a], dba [n_a, 1]
 */
export function rnnCellBackward(daNext: tf.Tensor2D, cache: RnnCache): RnnCellGradients {
  // TODO: dtanh = (1 − a_next²) ⊙ da_next, then dxt, daPrev, dWax, dWaa and dba as the comment
  // above says.
  throw new NotImplemented("rnnCellBackward");
}
