import { NotImplemented } from "@dlc/student-kit/check";

/**
 * The proxy for Bayes error: the lowest error any human (or team of humans) achieves on the
 * task. Bayes error is at most that, so the best human level, not the average or the typical
 * human, is the estimate to measure avoidable bias against.
 *
 * Peacetopia: two ornithologists at 0.3 % and 0.5 %, two citizens at 1.0 % and 1.2 % → 0.3 %;
 * a team of ornithologists debating each image at 0.1 % → 0.1 %.
 *
 * @param humanErrors the error of each human or team measured on the task, in one unit (e.g. %)
 * @returns the lowest of them, or null when no human was measured (the proxy is then unknown)
 */
export function bayesErrorProxy(humanErrors: readonly number[]): number | null {
  // TODO: return the smallest human error, or null when the list is empty.
  throw new NotImplemented("bayesErrorProxy");
}
