import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { RnnCache, RnnCaches, RnnParameters } from "../../src/types.ts";
import { rnnCellForward } from "./rnn-cell-forward.ts";

/**
 * The basic RNN over a whole sequence: rnnCellForward T_x times, each step starting from the
 * hidden state the step before left (a0 for the first).
 *
 * @param x the inputs of every step, [n_x, m, T_x]
 * @param a0 the initial hidden state, [n_a, m]
 * @param parameters `{ Wax, Waa, Wya, ba, by }` as in rnnCellForward
 * @returns a [n_a, m, T_x] (every step's hidden state), yPred [n_y, m, T_x] (every step's
 *   prediction), and caches `[one cache per step, x]`
 */
export function rnnForward(
  x: tf.Tensor3D,
  a0: tf.Tensor2D,
  parameters: RnnParameters,
): { a: tf.Tensor3D; yPred: tf.Tensor3D; caches: RnnCaches } {
  // TODO: from aNext = a0, run rnnCellForward on each x[:, :, t] in turn; stack every step's aNext
  // and ytPred along axis 2; caches = [the step caches, x].
  throw new NotImplemented("rnnForward");
}
