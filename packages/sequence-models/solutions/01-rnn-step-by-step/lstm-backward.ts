import * as tf from "@tensorflow/tfjs";
import type { LstmCaches, LstmGateGradients, LstmGradients } from "../../src/types.ts";
import { lstmCellBackward } from "./lstm-cell-backward.ts";

const GATES = ["dWf", "dbf", "dWi", "dbi", "dWc", "dbc", "dWo", "dbo"] as const;

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
  const [cellCaches] = caches;
  const { xt: x1 } = cellCaches[0]!;
  const [nA, m, Tx] = da.shape;
  const nX = x1.shape[0];
  return tf.tidy(() => {
    const das = tf.unstack(da, 2) as tf.Tensor2D[];
    const dxs: tf.Tensor2D[] = new Array(Tx);
    let daPrevt = tf.zeros([nA, m]) as tf.Tensor2D;
    let dcPrevt = tf.zeros([nA, m]) as tf.Tensor2D;
    let sums: Partial<LstmGateGradients> = {};
    for (let t = Tx - 1; t >= 0; t--) {
      const gradients = lstmCellBackward(das[t]!.add(daPrevt), dcPrevt, cellCaches[t]!);
      daPrevt = gradients.daPrev;
      dcPrevt = gradients.dcPrev;
      dxs[t] = gradients.dxt;
      sums = Object.fromEntries(
        GATES.map((k) => [k, sums[k] ? sums[k].add(gradients[k]) : gradients[k]]),
      );
    }
    const dx = tf.stack(dxs, 2).reshape([nX, m, Tx]) as tf.Tensor3D;
    return { dx, da0: daPrevt, ...(sums as LstmGateGradients) };
  });
}
