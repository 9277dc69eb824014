import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { initializeWithZeros } from "./initialize-with-zeros.ts";
import { optimize } from "./optimize.ts";
import { predict } from "./predict.ts";

/** What `model` returns: the notebook's dictionary `d`, keys in camelCase. */
export interface LogisticModel {
  /** cost every 100 iterations */
  costs: number[];
  /** predictions on the test set, [1, m_test] */
  YPredictionTest: tf.Tensor;
  /** predictions on the training set, [1, m_train] */
  YPredictionTrain: tf.Tensor;
  /** learned weights, [n_x, 1] */
  w: tf.Tensor;
  /** learned bias */
  b: number;
  learningRate: number;
  numIterations: number;
}

/**
 * Logistic regression end to end: zeros, gradient descent, predictions.
 *
 * @param XTrain training data, [n_x, m_train]
 * @param YTrain training labels, [1, m_train]
 * @param XTest test data, [n_x, m_test]
 * @param YTest test labels, [1, m_test]
 * @param numIterations steps of gradient descent
 * @param learningRate step size α
 * @param printCost log the cost every 100 steps
 */
export function model(
  XTrain: tf.Tensor,
  YTrain: tf.Tensor,
  XTest: tf.Tensor,
  YTest: tf.Tensor,
  numIterations = 2000,
  learningRate = 0.5,
  printCost = false,
): LogisticModel {
  // TODO: initializeWithZeros, optimize, predict on the training and the test set; return the notebook's dictionary.
  throw new NotImplemented("model");
}
