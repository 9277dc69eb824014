import * as tf from "@tensorflow/tfjs";
import { TimeStep } from "../../src/jazz.ts";

/**
 * The training model: Tx steps of one shared LSTM cell over a sequence of musical values, each
 * step reading one value and predicting the next with the shared softmax layer.
 *
 * Inputs: X one-hot values [m, Tx, n_values], a0 and c0 the LSTM's initial states [m, n_a].
 * Outputs: Tx tensors [m, n_values], the probabilities of the value after each step's.
 *
 * @param Tx the sequence length (30 in the notebook)
 * @param lstmCell LSTM(n_a, returnState: true), shared by every step
 * @param densor Dense(n_values, softmax), shared by every step
 * @param reshaper Reshape([1, n_values]), turns one step's value into a sequence of one for the LSTM
 */
export function djmodel(
  Tx: number,
  lstmCell: tf.layers.Layer,
  densor: tf.layers.Layer,
  reshaper: tf.layers.Layer,
): tf.LayersModel {
  const nValues = densor.getConfig().units as number;
  const nA = lstmCell.getConfig().units as number;
  const X = tf.input({ shape: [Tx, nValues] });
  const a0 = tf.input({ shape: [nA], name: "a0" });
  const c0 = tf.input({ shape: [nA], name: "c0" });
  let a = a0;
  let c = c0;
  const outputs: tf.SymbolicTensor[] = [];
  for (let t = 0; t < Tx; t++) {
    const x = reshaper.apply(new TimeStep({ t }).apply(X)) as tf.SymbolicTensor;
    [, a, c] = lstmCell.apply([x, a, c]) as tf.SymbolicTensor[] as [
      tf.SymbolicTensor,
      tf.SymbolicTensor,
      tf.SymbolicTensor,
    ];
    outputs.push(densor.apply(a) as tf.SymbolicTensor);
  }
  return tf.model({ inputs: [X, a0, c0], outputs });
}
