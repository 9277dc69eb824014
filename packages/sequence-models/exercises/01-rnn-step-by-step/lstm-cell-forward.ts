import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { sigmoid, softmax } from "../../src/rnn-utils.ts";
import type { LstmCache, LstmParameters } from "../../src/types.ts";

/**
 * One time step of the LSTM. The gates all read concat = [a⟨t−1⟩; x⟨t⟩], [n_a + n_x, m]:
 *
 * - forget gate Γf = σ(Wf · concat + bf), update gate Γi = σ(Wi · concat + bi)
 * - candidate c̃⟨t⟩ = tanh(Wc · concat + bc)
 * - memory c⟨t⟩ = Γf ⊙ c⟨t−1⟩ + Γi ⊙ c̃⟨t⟩
 * - output gate Γo = σ(Wo · concat + bo), hidden state a⟨t⟩ = Γo ⊙ tanh(c⟨t⟩)
 * - prediction ŷ⟨t⟩ = softmax(Wy · a⟨t⟩ + by)
 *
 * @param xt the input at step t, [n_x, m]
 * @param aPrev the hidden state at step t − 1, [n_a, m]
 * @param cPrev the memory at step t − 1, [n_a, m]
 * @param parameters `{ Wf, bf, Wi, bi, Wc, bc, Wo, bo, Wy, by }` (see LstmParameters)
 * @returns aNext and cNext [n_a, m], ytPred [n_y, m], and the cache
 *   `{ aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, parameters }`
 */
export function lstmCellForward(
  xt: tf.Tensor2D,
  aPrev: tf.Tensor2D,
  cPrev: tf.Tensor2D,
  parameters: LstmParameters,
): { aNext: tf.Tensor2D; cNext: tf.Tensor2D; ytPred: tf.Tensor2D; cache: LstmCache } {
  // TODO: concat = [a_prev; xt]; the gates Γf, Γi, Γo (sigmoid) and c̃ (tanh); c_next = Γf ⊙
  // c_prev + Γi ⊙ c̃, a_next = Γo ⊙ tanh(c_next), yt_pred = softmax(Wy·a_next + by); return them
  // with the cache.
  throw new NotImplemented("lstmCellForward");
}
