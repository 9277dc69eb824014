import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { RnnCaches, RnnGradients } from "../../src/types.ts";
import { rnnCellBackward } from "./rnn-cell-backward.ts";

/**
 * The backward pass through time of the basic RNN. Walking from the last step to the
 * first, step t's hidden state receives two gradients: da[:, :, t] from the loss at step t,
 * and da_prev from step t + 1, which it fed. Their sum goes through rnnCellBackward; dx[:, :, t]
 * is that step's dxt, and the weights were used at every step, so their gradients add up.
 *
 * @param da the gradient of the loss with respect to every hidden state, [n_a, m, T_x]
 * @param caches `[one cache per step, x]` from rnnForward
 * @returns dx [n_x, m, T_x], da0 [n_a, m], dWax [n_a, n_x], dWaa [n_a, n_a], dba [n_a, 1]
 */
export function rnnBackward(da: tf.Tensor3D, caches: RnnCaches): RnnGradients {
  // TODO: walk t from T_x − 1 down to 0: rnnCellBackward(da[:, :, t] + daPrevt, caches[0][t]);
  // keep daPrevt, store dxt in dx[:, :, t], add up dWax, dWaa, dba; da0 is the last daPrevt.
  throw new NotImplemented("rnnBackward");
}
