import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { LstmCaches, LstmGateGradients, LstmGradients } from "../../src/types.ts";
import { lstmCellBackward } from "./lstm-cell-backward.ts";

/**
 * The backward pass through time of the LSTM. Walking from the last step to the first, step
 * t receives da[:, :, t] + da_prev and dc_prev from step t + 1 (zero after the last step);
 * lstmCellBackward turns them into the step's gradients. dx[:, :, t] is the step's dxt, the
 * gates' weight and bias gradients add up over the steps, and da0 is the first step's da_prev.
 * The number of steps is da's last axis (T_x).
 *
 * @param da the gradient of the loss with respect to every hidden state, [n_a, m, T_x]
 * @param caches `[one cache per step, x]` from lstmForward
 * @returns dx [n_x, m, T_x], da0 [n_a, m], dWf/dWi/dWc/dWo [n_a, n_a + n_x], dbf/dbi/dbc/dbo [n_a, 1]
 */
export function lstmBackward(da: tf.Tensor3D, caches: LstmCaches): LstmGradients {
  // TODO: walk t from T_x − 1 down to 0 carrying daPrevt and dcPrevt (zeros at first):
  // lstmCellBackward(da[:, :, t] + daPrevt, dcPrevt, caches[0][t]); store dxt, add up the gates'
  // gradients; da0 is the last daPrevt.
  throw new NotImplemented("lstmBackward");
}
