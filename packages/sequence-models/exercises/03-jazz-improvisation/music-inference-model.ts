import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { OneHotArgmax } from "../../src/jazz.ts";

/**
 * The improvising model: the trained LSTM cell and softmax layer, run for Ty steps where each
 * step's input is the one-hot of the value the step before found most likely.
 *
 * Inputs: x0 the first value [m, 1, n_values], a0 and c0 the initial states [m, n_a].
 * Outputs: Ty tensors [m, n_values], the probabilities at each step.
 *
 * @param lstmCell the trained LSTM(n_a, returnState: true)
 * @param densor the trained Dense(n_values, softmax)
 * @param Ty how many values to generate (100 in the notebook)
 */
export function musicInferenceModel(
  lstmCell: tf.layers.Layer,
  densor: tf.layers.Layer,
  Ty = 100,
): tf.LayersModel {
  // TODO: inputs x0 [1, n_values], a0 and c0 [n_a]; for t < Ty: [, a, c] = lstmCell.apply([x, a, c]); out = densor(a); x = RepeatVector(1)(OneHotArgmax(out)).
  throw new NotImplemented("musicInferenceModel");
}
