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
  const [nX, m, Tx] = x.shape;
  const aList: tf.Tensor2D[] = [];
  const cList: tf.Tensor2D[] = [];
  const yList: tf.Tensor2D[] = [];
  const caches: LstmCache[] = [];
  let aNext = a0;
  let cNext = tf.zerosLike(a0) as tf.Tensor2D;
  for (let t = 0; t < Tx; t++) {
    const xt = x.slice([0, 0, t], [nX, m, 1]).reshape([nX, m]) as tf.Tensor2D;
    const step = lstmCellForward(xt, aNext, cNext, parameters);
    aNext = step.aNext;
    cNext = step.cNext;
    aList.push(step.aNext);
    cList.push(step.cNext);
    yList.push(step.ytPred);
    caches.push(step.cache);
  }
  const a = tf.stack(aList, 2) as tf.Tensor3D;
  const c = tf.stack(cList, 2) as tf.Tensor3D;
  const y = tf.stack(yList, 2) as tf.Tensor3D;
  tf.dispose(yList);
  return { a, y, c, caches: [caches, x] };
}
