/**
 * Types of assignment 02 (train/dev/test): sizes of a split, fractions of a stratified
 * split, the index sets a split returns, and what `validateSplit` can object to.
 */

/** How many examples go to each set; train + dev + test = m. */
export interface SplitSizes {
  train: number;
  dev: number;
  test: number;
}

/** Shares of each class for `stratifiedSplit`, e.g. `{ train: 0.6, dev: 0.2, test: 0.2 }` (they sum to 1). */
export interface SplitFractions {
  train: number;
  dev: number;
  test: number;
}

/** A split as index sets into the examples (0 … m − 1). */
export interface TrainDevTest {
  train: number[];
  dev: number[];
  test: number[];
}

/** A split for mismatched distributions: a train-dev set drawn from the training mix too. */
export interface MismatchedSplit extends TrainDevTest {
  trainDev: number[];
}

/** Sizes `mismatchedSplit` is asked for; train gets the rest of the training mix. */
export interface MismatchedSizes {
  trainDev: number;
  dev: number;
  test: number;
}

/**
 * What can be wrong with a split, in the order `validateSplit` reports it:
 * - "leak": an example is in two sets (or twice in one), so a set is not held out;
 * - "dev-off-target": the dev set holds examples from outside the target distribution;
 * - "test-off-target": the test set does;
 * - "dev-test-mismatch": dev and test do not draw on the same sources.
 */
export type SplitProblem = "leak" | "dev-off-target" | "test-off-target" | "dev-test-mismatch";

/** The order problems are reported in. */
export const SPLIT_PROBLEMS: readonly SplitProblem[] = [
  "leak",
  "dev-off-target",
  "test-off-target",
  "dev-test-mismatch",
];
