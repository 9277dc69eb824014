import { NotImplemented } from "@dlc/student-kit/check";
import type { SplitSizes } from "../../src/split-types.ts";

/**
 * How many of m examples go to train, dev and test. The rule: the old rule of thumb, 60/20/20
 * (70/30 without a test set), for as long as 20 % (30 %) of the data is at most `maxEvalSize`;
 * beyond that, dev and test stay at `maxEvalSize` each, big enough to tell models apart, and
 * every further example goes to train. Shares are rounded down; train takes the rest.
 *
 * - 10,000 examples → 6,000 / 2,000 / 2,000 (60/20/20);
 * - 10,000,000 (Peacetopia) → 9,500,000 / 250,000 / 250,000 (95/2.5/2.5, the quiz's answer);
 * - 1,000,000 with `maxEvalSize` 10,000 → 980,000 / 10,000 / 10,000 (the lecture's 98/1/1).
 *
 * @param m number of examples (a whole number ≥ 0)
 * @param maxEvalSize the most examples dev (and test) need, default 250,000
 * @param withTest false to split into train and dev only (test = 0)
 * @returns { train, dev, test }, whole numbers with train + dev + test = m
 */
export function splitSizes(m: number, maxEvalSize = 250_000, withTest = true): SplitSizes {
  // TODO: dev = test = min(⌊m/5⌋, maxEvalSize) (dev = min(⌊3m/10⌋, maxEvalSize), test = 0 without a test set); train gets the rest.
  throw new NotImplemented("splitSizes");
}
