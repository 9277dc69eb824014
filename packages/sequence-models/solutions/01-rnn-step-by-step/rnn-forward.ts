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
  const [nX, m, Tx] = x.shape;
  const aList: tf.Tensor2D[] = [];
  const yList: tf.Tensor2D[] = [];
  const caches: RnnCache[] = [];
  let aNext = a0;
  for (let t = 0; t < Tx; t++) {
    const xt = x.slice([0, 0, t], [nX, m, 1]).reshape([nX, m]) as tf.Tensor2D;
    const step = rnnCellForward(xt, aNext, parameters);
    aNext = step.aNext;
    aList.push(step.aNext);
    yList.push(step.ytPred);
    caches.push(step.cache);
  }
  const a = tf.stack(aList, 2) as tf.Tensor3D;
  const yPred = tf.stack(yList, 2) as tf.Tensor3D;
  tf.dispose(yList);
  return { a, yPred, caches: [caches, x] };
}
