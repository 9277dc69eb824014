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
  const [cellCaches] = caches;
  const { xt: x1, parameters } = cellCaches[0]!;
  const [nA, m, Tx] = da.shape;
  const nX = x1.shape[0];
  return tf.tidy(() => {
    const das = tf.unstack(da, 2) as tf.Tensor2D[];
    const dxs: tf.Tensor2D[] = new Array(Tx);
    let dWax = tf.zerosLike(parameters.Wax) as tf.Tensor2D;
    let dWaa = tf.zerosLike(parameters.Waa) as tf.Tensor2D;
    let dba = tf.zeros([nA, 1]) as tf.Tensor2D;
    let daPrevt = tf.zeros([nA, m]) as tf.Tensor2D;
    for (let t = Tx - 1; t >= 0; t--) {
      const gradients = rnnCellBackward(das[t]!.add(daPrevt), cellCaches[t]!);
      daPrevt = gradients.daPrev;
      dxs[t] = gradients.dxt;
      dWax = dWax.add(gradients.dWax);
      dWaa = dWaa.add(gradients.dWaa);
      dba = dba.add(gradients.dba);
    }
    const dx = tf.stack(dxs, 2).reshape([nX, m, Tx]) as tf.Tensor3D;
    return { dx, da0: daPrevt, dWax, dWaa, dba };
  });
}
