import { RandomState } from "@dlc/student-kit/check";
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
  const costs: number[] = [];
  const trainAcc: number[] = [];
  const testAcc: number[] = [];
  const parameters = initializeParameters([XTrain.shape[0]!, 25, 12, YTrain.shape[0]!], seed);
  const trainableVariables = Object.values(parameters);
  const optimizer = tf.train.adam(learningRate);
  const rng = new RandomState(seed);
  const m = XTrain.shape[1]!;
  const accuracy = (X: tf.Tensor, Y: tf.Tensor) =>
    tf.tidy(() => {
      const predictions = tf.argMax(forwardPropagation(X, parameters), 0);
      return tf.equal(predictions, tf.argMax(Y, 0)).cast("float32").mean().dataSync()[0]!;
    });

  for (let epoch = 0; epoch < numEpochs; epoch++) {
    let epochTotalLoss = 0;
    const permutation = rng.permutation(m);
    for (let start = 0; start < m; start += minibatchSize) {
      const batch = permutation.slice(start, start + minibatchSize);
      const minibatchTotalLoss = tf.tidy(() => {
        const minibatchX = tf.gather(XTrain, batch, 1);
        const minibatchY = tf.gather(YTrain, batch, 1);
        // minimize records the forward pass, takes the gradients w.r.t. the variables
        // (GradientTape + tape.gradient) and applies them (apply_gradients)
        return optimizer.minimize(
          () => computeTotalLoss(forwardPropagation(minibatchX, parameters), minibatchY),
          true,
          trainableVariables,
        )!;
      });
      epochTotalLoss += minibatchTotalLoss.dataSync()[0]!;
      minibatchTotalLoss.dispose();
    }
    epochTotalLoss /= m;

    if (epoch % 10 === 0) {
      costs.push(epochTotalLoss);
      trainAcc.push(accuracy(XTrain, YTrain));
      testAcc.push(accuracy(XTest, YTest));
      if (printCost)
        console.log(
          `Cost after epoch ${epoch}: ${epochTotalLoss.toFixed(6)}, train accuracy ${trainAcc.at(-1)!.toFixed(3)}, test accuracy ${testAcc.at(-1)!.toFixed(3)}`,
        );
    }
  }
  optimizer.dispose();
  return { parameters, costs, trainAcc, testAcc };
}
