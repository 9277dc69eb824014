import { NotImplemented } from "@dlc/student-kit/check";
import type { HumanLevelComparison } from "../../src/diagnosis.ts";
import { bayesErrorProxy } from "./bayes-error-proxy.ts";

/**
 * Weighs a model's errors against human level: avoidable bias = train − bayesProxy (the best
 * human error), variance = dev − train, and where to look next:
 *
 * 1. "insufficient-information" when no human was measured: without a proxy for Bayes error,
 *    train 4.0 % / dev 4.5 % says nothing about bias versus variance;
 * 2. "beyond-human-level" when the dev error is below the proxy (dev < bayesProxy): the model
 *    beats the best human, avoidable bias can no longer be estimated, and progress slows;
 * 3. otherwise the larger gap: "avoidable-bias" when avoidableBias ≥ variance (a tie goes to
 *    bias: fit the training set first), else "variance".
 *
 * @param humanErrors the error of each human or team measured on the task (may be empty)
 * @param trainError the model's training-set error, same unit
 * @param devError the model's dev-set error, same unit
 * @returns { bayesProxy, avoidableBias, variance, focus }; bayesProxy and avoidableBias are null
 *   without human errors
 */
export function compareToHumanLevel(
  humanErrors: readonly number[],
  trainError: number,
  devError: number,
): HumanLevelComparison {
  // TODO: proxy from your bayesErrorProxy, the two gaps, then the focus by the three rules in order.
  throw new NotImplemented("compareToHumanLevel");
}
