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
  const nValues = densor.getConfig().units as number;
  const nA = lstmCell.getConfig().units as number;
  const x0 = tf.input({ shape: [1, nValues] });
  const a0 = tf.input({ shape: [nA], name: "a0" });
  const c0 = tf.input({ shape: [nA], name: "c0" });
  let a = a0;
  let c = c0;
  let x = x0;
  const outputs: tf.SymbolicTensor[] = [];
  for (let t = 0; t < Ty; t++) {
    [, a, c] = lstmCell.apply([x, a, c]) as tf.SymbolicTensor[] as [
      tf.SymbolicTensor,
      tf.SymbolicTensor,
      tf.SymbolicTensor,
    ];
    const out = densor.apply(a) as tf.SymbolicTensor;
    outputs.push(out);
    const oneHot = new OneHotArgmax({}).apply(out) as tf.SymbolicTensor;
    x = tf.layers.repeatVector({ n: 1 }).apply(oneHot) as tf.SymbolicTensor;
  }
  return tf.model({ inputs: [x0, a0, c0], outputs });
}
