import { NotImplemented, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { ModelResult } from "../../src/tfjs-types.ts";
import { computeTotalLoss } from "./compute-total-loss.ts";
import { forwardPropagation } from "./forward-propagation.ts";
import { initializeParameters } from "./initialize-parameters.ts";

/**
 * Trains the three-layer network [n_x, 25, 12, n_y] with Adam on mini-batches. Each epoch
 * shuffles the training examples (`rng.permutation(m)` of one `RandomState(seed)`), cuts
 * them into mini-batches of `minibatchSize` columns (the last one smaller), and takes one
 * Adam step per mini-batch on the mini-batch's total loss. The parameters come from
 * `initializeParameters([n_x, 25, 12, n_y], seed)`.
 *
 * @param XTrain [n_x, m_train]
 * @param YTrain one-hot, [n_y, m_train]
 * @param XTest [n_x, m_test]
 * @param YTest one-hot, [n_y, m_test]
 * @returns parameters (the trained variables); costs (the epoch's summed mini-batch losses / m_train),
 *   trainAcc and testAcc (argmax accuracy after the epoch), each at epochs 0, 10, 20, …
 */
export function model(
  XTrain: tf.Tensor,
  YTrain: tf.Tensor,
  XTest: tf.Tensor,
  YTest: tf.Tensor,
  learningRate = 0.0001,
  numEpochs = 1500,
  minibatchSize = 32,
  printCost = true,
  seed = 1,
): ModelResult {
  // TODO: initializeParameters, tf.train.adam; per epoch: permute, per mini-batch optimizer.minimize(() => computeTotalLoss(forwardPropagation(…)), true, variables); record every 10 epochs.
  throw new NotImplemented("model");
}
