import type * as tf from "@tensorflow/tfjs";
import type { AttentionLayers } from "../../src/attention.ts";

/**
 * One step of attention: how much each input step matters for the next output character
 * (alphas, summing to 1 over time), and the context they weigh from the Bi-LSTM's states.
 *
 * @param a the pre-attention Bi-LSTM's hidden states, [m, Tx, 2·n_a] (symbolic)
 * @param sPrev the post-attention LSTM's previous hidden state, [m, n_s] (symbolic)
 * @param layers the shared layers of `attentionLayers(Tx)`, the same for every step
 * @returns the context vector, [m, 1, 2·n_a] (symbolic)
 */
export function oneStepAttention(
  a: tf.SymbolicTensor,
  sPrev: tf.SymbolicTensor,
  layers: AttentionLayers,
): tf.SymbolicTensor {
  const { repeator, concatenator, densor1, densor2, activator, dotor } = layers;
  const sPrevRepeated = repeator.apply(sPrev) as tf.SymbolicTensor;
  const concat = concatenator.apply([a, sPrevRepeated]) as tf.SymbolicTensor;
  const e = densor1.apply(concat) as tf.SymbolicTensor;
  const energies = densor2.apply(e) as tf.SymbolicTensor;
  const alphas = activator.apply(energies) as tf.SymbolicTensor;
  return dotor.apply([alphas, a]) as tf.SymbolicTensor;
}
