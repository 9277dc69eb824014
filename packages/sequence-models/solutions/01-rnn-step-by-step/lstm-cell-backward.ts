import * as tf from "@tensorflow/tfjs";
import type { LstmCache, LstmCellGradients } from "../../src/types.ts";

/**
 * The backward pass of one LSTM step. With t = tanh(c_next), the memory's total gradient is
 * dc = dc_next + Γo ⊙ (1 − t²) ⊙ da_next, and the gates' pre-activations receive
 *
 * - dΓo = da_next ⊙ t ⊙ Γo ⊙ (1 − Γo)
 * - dc̃ = dc ⊙ Γi ⊙ (1 − c̃²)
 * - dΓi = dc ⊙ c̃ ⊙ Γi ⊙ (1 − Γi)
 * - dΓf = dc ⊙ c_prev ⊙ Γf ⊙ (1 − Γf)
 *
 * Each gate's dW = d(gate) · concatᵀ and db = Σ over the examples of d(gate); the gradient of
 * concat = [a_prev; xt] is Σ over the gates of Wᵀ · d(gate), whose first n_a rows are da_prev
 * and last n_x rows dxt; and dc_prev = dc ⊙ Γf.
 *
 * @param daNext the gradient with respect to a_next, [n_a, m]
 * @param dcNext the gradient with respect to c_next, [n_a, m]
 * @param cache `{ aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, parameters }` from lstmCellForward
 * @returns dxt [n_x, m], daPrev and dcPrev [n_a, m], dWf/dWi/dWc/dWo [n_a, n_a + n_x],
 *   dbf/dbi/dbc/dbo [n_a, 1]
 */
export function lstmCellBackward(
  daNext: tf.Tensor2D,
  dcNext: tf.Tensor2D,
  cache: LstmCache,
): LstmCellGradients {
  const { cNext, aPrev, cPrev, ft, it, cct, ot, xt, parameters } = cache;
  const { Wf, Wi, Wc, Wo } = parameters;
  const nA = aPrev.shape[0];
  return tf.tidy(() => {
    const tanhC = tf.tanh(cNext);
    const dc = dcNext.add(ot.mul(tf.sub(1, tf.square(tanhC))).mul(daNext));
    const dot = daNext.mul(tanhC).mul(ot).mul(tf.sub(1, ot)) as tf.Tensor2D;
    const dcct = dc.mul(it).mul(tf.sub(1, tf.square(cct))) as tf.Tensor2D;
    const dit = dc.mul(cct).mul(it).mul(tf.sub(1, it)) as tf.Tensor2D;
    const dft = dc.mul(cPrev).mul(ft).mul(tf.sub(1, ft)) as tf.Tensor2D;
    const concat = tf.concat([aPrev, xt], 0);
    const dW = (d: tf.Tensor2D) => tf.matMul(d, concat, false, true) as tf.Tensor2D;
    const db = (d: tf.Tensor2D) => tf.sum(d, 1, true) as tf.Tensor2D;
    const dconcat = tf.addN([
      tf.matMul(Wf, dft, true),
      tf.matMul(Wi, dit, true),
      tf.matMul(Wc, dcct, true),
      tf.matMul(Wo, dot, true),
    ]);
    const [daPrev, dxt] = tf.split(dconcat, [nA, xt.shape[0]], 0) as [tf.Tensor2D, tf.Tensor2D];
    return {
      dxt,
      daPrev,
      dcPrev: dc.mul(ft) as tf.Tensor2D,
      dWf: dW(dft),
      dbf: db(dft),
      dWi: dW(dit),
      dbi: db(dit),
      dWc: dW(dcct),
      dbc: db(dcct),
      dWo: dW(dot),
      dbo: db(dot),
    };
  });
}
