/**
 * The types assignment 06 (TensorFlow.js) shares between its stubs and solutions.
 */
import type * as tf from "@tensorflow/tfjs";

/**
 * The network's trainable parameters as `tf.Variable`s, keyed like the notebook:
 * W1 [n_1, n_x], b1 [n_1, 1], W2 [n_2, n_1], b2 [n_2, 1], W3 [n_y, n_2], b3 [n_y, 1].
 */
export type VariableParameters = Record<string, tf.Variable>;

/** What `model` returns: the notebook's `parameters, costs, train_acc, test_acc`. */
export interface ModelResult {
  /** the trained variables */
  parameters: VariableParameters;
  /** the epoch's total loss / m_train, at epochs 0, 10, 20, … */
  costs: number[];
  /** accuracy on the training set after those epochs */
  trainAcc: number[];
  /** accuracy on the test set after those epochs */
  testAcc: number[];
}
