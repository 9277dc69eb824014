import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { softmax } from "../../src/rnn-utils.ts";
import type { RnnCache, RnnParameters } from "../../src/types.ts";

/**
 * One time step of the basic RNN, for all m examples at once:
 *
 * - a⟨t⟩ = tanh(Waa · a⟨t−1⟩ + Wax · x⟨t⟩ + ba)
 * - ŷ⟨t⟩ = softmax(Wya · a⟨t⟩ + by)
 *
 * @param xt the input at step t, [n_x, m]
 * @param aPrev the hidden state at step t − 1, [n_a, m]
 * @param parameters `{ Wax [n_a, n_x], Waa [n_a, n_a], Wya [n_y, n_a], ba [n_a, 1], by [n_y, 1] }`
 * @returns aNext [n_a, m], ytPred [n_y, m] (each column sums to 1), and the cache
 *   `{ aNext, aPrev, xt, parameters }` the backward pass reads
 */
export function rnnCellForward(
  xt: tf.Tensor2D,
  aPrev: tf.Tensor2D,
  parameters: RnnParameters,
): { aNext: tf.Tensor2D; ytPred: tf.Tensor2D; cache: RnnCache } {
  // TODO: a_next = tanh(Waa·a_prev + Wax·xt + ba), yt_pred = softmax(Wya·a_next + by); return them
  // with the cache { aNext, aPrev, xt, parameters }.
  throw new NotImplemented("rnnCellForward");
}
