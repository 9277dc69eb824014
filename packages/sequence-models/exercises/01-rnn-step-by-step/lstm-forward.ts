import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { LstmCache, LstmCaches, LstmParameters } from "../../src/types.ts";
import { lstmCellForward } from "./lstm-cell-forward.ts";

/**
 * The LSTM over a whole sequence: lstmCellForward T_x times, each step starting from the
 * hidden state and memory the step before left. The memory starts at zero (c⟨0⟩ = 0), the
 * hidden state at a0.
 *
 * @param x the inputs of every step, [n_x, m, T_x]
 * @param a0 the initial hidden state, [n_a, m]
 * @param parameters `{ Wf, bf, Wi, bi, Wc, bc, Wo, bo, Wy, by }` (see LstmParameters)
 * @returns a and c [n_a, m, T_x] (every step's hidden state and memory), y [n_y, m, T_x]
 *   (every step's prediction), and caches `[one cache per step, x]`
 */
export function lstmForward(
  x: tf.Tensor3D,
  a0: tf.Tensor2D,
  parameters: LstmParameters,
): { a: tf.Tensor3D; y: tf.Tensor3D; c: tf.Tensor3D; caches: LstmCaches } {
  // TODO: from aNext = a0 and cNext = zeros, run lstmCellForward on each x[:, :, t] in turn; stack
  // every step's aNext, cNext and ytPred along axis 2; caches = [the step caches, x].
  throw new NotImplemented("lstmForward");
}
