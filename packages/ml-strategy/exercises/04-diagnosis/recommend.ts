import { NotImplemented } from "@dlc/student-kit/check";
import { type ErrorGaps, PROBLEMS, REMEDIES, type Recommendation } from "../../src/diagnosis.ts";

/**
 * What to work on, in order of importance, from the gaps of `errorGaps`.
 *
 * - A problem counts when its gap is measured (not null), positive, and at least `minShare` of
 *   the largest gap: a gap under a third of the largest is negligible next to it (Peacetopia's
 *   variance 0.1 % next to an avoidable bias of 1.9 %). Negative gaps are never problems.
 * - The problems come largest gap first; equal gaps keep the lectures' order: avoidable bias,
 *   variance, data mismatch, dev overfitting (`PROBLEMS`).
 * - Each comes with the lectures' remedies, `REMEDIES[problem]`: a bigger model or training
 *   longer for bias, more data or regularization for variance, data synthesis or collecting
 *   data like dev for mismatch, a bigger dev set for dev overfitting.
 *
 * @param gaps { avoidableBias, variance, dataMismatch, devOverfitting }, null where unmeasured
 * @param minShare the share of the largest gap below which a gap is negligible, default 1/3
 * @returns [{ problem, gap, remedies }, …], largest first; [] when no gap is positive
 */
export function recommend(gaps: ErrorGaps, minShare = 1 / 3): Recommendation[] {
  // TODO: keep positive measured gaps ≥ minShare · largest, largest first (ties in PROBLEMS order),
  // each with REMEDIES[problem] (import PROBLEMS and REMEDIES from ../../src/diagnosis.ts).
  throw new NotImplemented("recommend");
}
