import { NotImplemented } from "@dlc/student-kit/check";

/**
 * Exponentially weighted (moving) averages of a series, as in the lecture:
 * v_0 = 0, v_t = β·v_{t−1} + (1 − β)·θ_t for t = 1 … n, an average over roughly the
 * last 1 / (1 − β) values. With bias correction each v_t is reported as v_t / (1 − β^t),
 * which removes the pull towards v_0 = 0 of the first values; the running v_t itself is
 * not changed.
 *
 * @param values the series θ_1 … θ_n
 * @param beta the weight β in [0, 1) of the previous average
 * @param biasCorrection report v_t / (1 − β^t) instead of v_t
 * @returns the n averages v_1 … v_n (corrected if asked)
 */
export function exponentiallyWeightedAverages(
  values: number[],
  beta: number,
  biasCorrection = false,
): number[] {
  // TODO: v = 0; for each θ_t: v = β·v + (1 − β)·θ_t, reported as v / (1 − β^t) with bias correction.
  throw new NotImplemented("exponentiallyWeightedAverages");
}
