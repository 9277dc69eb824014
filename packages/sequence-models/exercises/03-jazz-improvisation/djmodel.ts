import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: inputs X [Tx, n_values], a0 and c0 [n_a]; for t < Tx: x = reshaper(new TimeStep({ t })(X)), [, a, c] = lstmCell.apply([x, a, c]), outputs.push(densor(a)); return tf.model({ inputs: [X, a0, c0], outputs }).
  throw new NotImplemented("djmodel");
}
