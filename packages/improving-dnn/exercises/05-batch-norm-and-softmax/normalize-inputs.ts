import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * Normalizes the inputs (week 1 lecture "Normalizing Inputs"): subtract the mean of each
 * feature and divide by its standard deviation, both measured on the training set, and
 * "use the same μ and σ² to normalize the test set".
 *
 * μ = (1/m) Σ x, σ² = (1/m) Σ (x − μ)² per row of XTrain; both sets become
 * (X − μ) / sqrt(σ² + ε) with ε = 1e-8, which changes nothing for features that vary and
 * keeps a constant feature at 0 instead of dividing 0 by 0.
 *
 * @param XTrain training inputs, [n, m_train]
 * @param XTest test inputs, [n, m_test]
 * @returns XTrain [n, m_train] and XTest [n, m_test] normalized, mu [n, 1] and sigma2 [n, 1]
 *   of the training set
 */
export function normalizeInputs(
  XTrain: tf.Tensor,
  XTest: tf.Tensor,
): { XTrain: tf.Tensor; XTest: tf.Tensor; mu: tf.Tensor; sigma2: tf.Tensor } {
  // TODO: μ and σ² (1/m) per row of XTrain, then (X − μ) / sqrt(σ² + 1e-8) for XTrain and XTest alike.
  throw new NotImplemented("normalizeInputs");
}
