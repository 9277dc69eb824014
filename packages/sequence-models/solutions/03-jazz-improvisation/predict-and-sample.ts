import * as tf from "@tensorflow/tfjs";

/**
 * Runs the improvising model once and reads its choices: at each of its Ty outputs, the most
 * likely value, as an index and as a one-hot row.
 *
 * @param inferenceModel a model from musicInferenceModel: inputs [x, a, c], Ty outputs [1, n_values]
 * @param xInitializer the first value, [1, 1, n_values] (zeros: "nothing yet")
 * @param aInitializer the LSTM's initial hidden state, [1, n_a]
 * @param cInitializer the LSTM's initial memory, [1, n_a]
 * @returns results [Ty, n_values] float32 one-hot rows; indices [Ty, 1] int32
 */
export function predictAndSample(
  inferenceModel: tf.LayersModel,
  xInitializer: tf.Tensor3D,
  aInitializer: tf.Tensor2D,
  cInitializer: tf.Tensor2D,
): { results: tf.Tensor2D; indices: tf.Tensor2D } {
  const nValues = xInitializer.shape[2];
  return tf.tidy(() => {
    const pred = inferenceModel.predict([xInitializer, aInitializer, cInitializer]);
    const steps = tf.concat(Array.isArray(pred) ? pred : [pred], 0);
    const indices = tf.argMax(steps, -1).reshape([-1, 1]) as tf.Tensor2D;
    const results = tf.oneHot(indices.reshape([-1]), nValues).cast("float32") as tf.Tensor2D;
    return { results, indices };
  });
}
