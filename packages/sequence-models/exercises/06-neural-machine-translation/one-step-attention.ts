import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: repeat sPrev Tx times (repeator), concatenate [a, it] (concatenator), densor1 then
  // densor2 give the energies, the activator turns them into alphas, dotor([alphas, a]) is the context.
  throw new NotImplemented("oneStepAttention");
}
