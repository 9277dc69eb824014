import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { attentionLayers } from "../../src/attention.ts";
import { oneStepAttention } from "./one-step-attention.ts";

/**
 * The date translator: a pre-attention Bi-LSTM over the human date, then Ty steps of
 * attention → post-attention LSTM → softmax over the machine vocabulary, every step sharing
 * the same layers.
 *
 * Inputs: X one-hot human dates [m, Tx, humanVocabSize], s0 and c0 the post-attention LSTM's
 * initial states [m, n_s]. Outputs: Ty tensors [m, machineVocabSize], one per character.
 *
 * @param Tx length of the input (30)
 * @param Ty length of the output (10)
 * @param nA hidden units of each direction of the pre-attention Bi-LSTM (32)
 * @param nS hidden units of the post-attention LSTM (64)
 * @param humanVocabSize size of the human vocabulary (37)
 * @param machineVocabSize size of the machine vocabulary (11)
 */
export function modelf(
  Tx = 30,
  Ty = 10,
  nA = 32,
  nS = 64,
  humanVocabSize = 37,
  machineVocabSize = 11,
): tf.LayersModel {
  // TODO: create the shared layers once (attentionLayers(Tx) from ../../src/attention.ts, an
  // LSTM(nS, returnState) and a Dense(machineVocabSize, softmax)); inputs X, s0, c0; a Bi-LSTM over X
  // with returnSequences; then Ty times: oneStepAttention (./one-step-attention.ts) → the LSTM from
  // [s, c] → the Dense on s. Return tf.model({ inputs: [X, s0, c0], outputs }).
  throw new NotImplemented("modelf");
}
