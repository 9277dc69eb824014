import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: import your forwardPropagation and backwardPropagation (./forward-propagation.ts, ./backward-propagation.ts); J(θ ± ε) → gradapprox, grad, then |grad − gradapprox| / (|grad| + |gradapprox|).
  throw new NotImplemented("gradientCheck");
}
