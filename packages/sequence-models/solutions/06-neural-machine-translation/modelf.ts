import * as tf from "@tensorflow/tfjs";
import { attentionLayers } from "../../src/attention.ts";
import { oneStepAttention } from "./one-step-attention.ts";

type State = tf.SymbolicTensor;

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
  const layers = attentionLayers(Tx);
  const postActivationLstmCell = tf.layers.lstm({ units: nS, returnState: true });
  const outputLayer = tf.layers.dense({ units: machineVocabSize, activation: "softmax" });

  const X = tf.input({ shape: [Tx, humanVocabSize] });
  const s0 = tf.input({ shape: [nS] });
  const c0 = tf.input({ shape: [nS] });
  let s = s0;
  let c = c0;
  const outputs: tf.SymbolicTensor[] = [];

  const bi = tf.layers.bidirectional({
    layer: tf.layers.lstm({ units: nA, returnSequences: true }),
  });
  const a = bi.apply(X) as tf.SymbolicTensor;

  for (let t = 0; t < Ty; t++) {
    const context = oneStepAttention(a, s, layers);
    // tfjs: the initial states go after the input in one array (an initialState option breaks fit)
    [s, , c] = postActivationLstmCell.apply([context, s, c]) as [State, State, State];
    outputs.push(outputLayer.apply(s) as tf.SymbolicTensor);
  }
  return tf.model({ inputs: [X, s0, c0], outputs });
}
