import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: predict on [x, a, c], argmax of each of the Ty outputs → indices [Ty, 1]; results = their one-hot rows (int32 oneHot, then cast to float32).
  throw new NotImplemented("predictAndSample");
}
