import { backwardPropagation } from "./backward-propagation.ts";
import { forwardPropagation } from "./forward-propagation.ts";

/**
 * Checks `backwardPropagation` against the centered difference of `forwardPropagation`, as in
 * the notebook: gradapprox = (J(θ + ε) − J(θ − ε)) / (2ε), then the relative difference
 * |grad − gradapprox| / (|grad| + |gradapprox|). Float64 throughout.
 *
 * @param x a real-valued input
 * @param theta the parameter θ, a real number
 * @param epsilon the tiny shift of θ (1e-7 in float64)
 * @param printMsg print the notebook's verdict (threshold 2e-7)
 * @returns the relative difference between the analytic and the approximated gradient
 */
export function gradientCheck(x: number, theta: number, epsilon = 1e-7, printMsg = false): number {
  const thetaPlus = theta + epsilon;
  const thetaMinus = theta - epsilon;
  const JPlus = forwardPropagation(x, thetaPlus);
  const JMinus = forwardPropagation(x, thetaMinus);
  const gradapprox = (JPlus - JMinus) / (2 * epsilon);

  const grad = backwardPropagation(x, theta);
  const numerator = Math.abs(grad - gradapprox);
  const denominator = Math.abs(grad) + Math.abs(gradapprox);
  const difference = numerator / denominator;

  if (printMsg) {
    if (difference > 2e-7)
      console.log(
        `\x1b[93mThere is a mistake in the backward propagation! difference = ${difference}\x1b[0m`,
      );
    else
      console.log(
        `\x1b[92mYour backward propagation works perfectly fine! difference = ${difference}\x1b[0m`,
      );
  }
  return difference;
}
