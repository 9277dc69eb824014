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
  const Tx = x.shape[2];
  const xs = tf.unstack(x, 2) as tf.Tensor2D[];
  const as: tf.Tensor2D[] = [];
  const cs: tf.Tensor2D[] = [];
  const ys: tf.Tensor2D[] = [];
  const caches: LstmCache[] = [];
  let aNext = a0;
  let cNext = tf.zerosLike(a0) as tf.Tensor2D;
  for (let t = 0; t < Tx; t++) {
    const step = lstmCellForward(xs[t]!, aNext, cNext, parameters);
    aNext = step.aNext;
    cNext = step.cNext;
    as.push(step.aNext);
    cs.push(step.cNext);
    ys.push(step.ytPred);
    caches.push(step.cache);
  }
  const a = tf.stack(as, 2) as tf.Tensor3D;
  const c = tf.stack(cs, 2) as tf.Tensor3D;
  const y = tf.stack(ys, 2) as tf.Tensor3D;
  tf.dispose(ys);
  return { a, y, c, caches: [caches, x] };
}
