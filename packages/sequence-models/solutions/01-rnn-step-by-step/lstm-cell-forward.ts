import * as tf from "@tensorflow/tfjs";
import { sigmoid, softmax } from "../../src/rnn-utils.ts";
import type { LstmCache, LstmParameters } from "../../src/types.ts";

/**
 * One time step of the LSTM. The gates all read concat = [a⟨t−1⟩; x⟨t⟩], [n_a + n_x, m]:
 *
 * - forget gate Γf = σ(Wf · concat + bf), update gate Γi = σ(Wi · concat + bi)
 * - candidate c̃⟨t⟩ = tanh(Wc · concat + bc)
 * - memory c⟨t⟩ = Γf ⊙ c⟨t−1⟩ + Γi ⊙ c̃⟨t⟩
 * - output gate Γo = σ(Wo · concat + bo), hidden state a⟨t⟩ = Γo ⊙ tanh(c⟨t⟩)
 * - prediction ŷ⟨t⟩ = softmax(Wy · a⟨t⟩ + by)
 *
 * @param xt the input at step t, [n_x, m]
 * @param aPrev the hidden state at step t − 1, [n_a, m]
 * @param cPrev the memory at step t − 1, [n_a, m]
 * @param parameters `{ Wf, bf, Wi, bi, Wc, bc, Wo, bo, Wy, by }` (see LstmParameters)
 * @returns aNext and cNext [n_a, m], ytPred [n_y, m], and the cache
 *   `{ aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, parameters }`
 */
export function lstmCellForward(
  xt: tf.Tensor2D,
  aPrev: tf.Tensor2D,
  cPrev: tf.Tensor2D,
  parameters: LstmParameters,
): { aNext: tf.Tensor2D; cNext: tf.Tensor2D; ytPred: tf.Tensor2D; cache: LstmCache } {
  const { Wf, bf, Wi, bi, Wc, bc, Wo, bo, Wy, by } = parameters;
  const out = tf.tidy(() => {
    const concat = tf.concat([aPrev, xt], 0);
    const ft = sigmoid(tf.matMul(Wf, concat).add(bf)) as tf.Tensor2D;
    const it = sigmoid(tf.matMul(Wi, concat).add(bi)) as tf.Tensor2D;
    const cct = tf.tanh(tf.matMul(Wc, concat).add(bc)) as tf.Tensor2D;
    const cNext = ft.mul(cPrev).add(it.mul(cct)) as tf.Tensor2D;
    const ot = sigmoid(tf.matMul(Wo, concat).add(bo)) as tf.Tensor2D;
    const aNext = ot.mul(tf.tanh(cNext)) as tf.Tensor2D;
    const ytPred = softmax(tf.matMul(Wy, aNext).add(by));
    return { aNext, cNext, ytPred, ft, it, cct, ot };
  });
  const { aNext, cNext, ytPred, ft, it, cct, ot } = out;
  return {
    aNext,
    cNext,
    ytPred,
    cache: { aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, parameters },
  };
}
