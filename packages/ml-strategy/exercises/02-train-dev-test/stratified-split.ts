import { NotImplemented, RandomState } from "@dlc/student-kit/check";
import type { SplitFractions, TrainDevTest } from "../../src/split-types.ts";

/**
 * Splits examples into train, dev and test so that each class keeps its proportion in every
 * set (a stratified split), shuffled reproducibly by `seed`.
 *
 * For each class with n_c examples: dev gets ⌊n_c · fractions.dev⌋ of them, test
 * ⌊n_c · fractions.test⌋, train the rest (so train takes what the rounding leaves). Which
 * examples go where is random: one `RandomState(seed)` shuffles each class's examples with
 * `permutation` (classes in increasing order of label), then deals dev, test, train in turn.
 *
 * @param labels the class of each example (length m), e.g. 0/1
 * @param fractions the share of each class for train, dev and test, summing to 1
 * @param seed seeds the shuffle; the same seed gives the same split
 * @returns { train, dev, test }: example indices, each in exactly one set (a partition of
 *   0 … m − 1), in any order within a set
 */
export function stratifiedSplit(
  labels: readonly number[],
  fractions: SplitFractions,
  seed = 0,
): TrainDevTest {
  // TODO: group the indices by class, shuffle each class with one RandomState(seed), deal ⌊n_c·dev⌋ to dev, ⌊n_c·test⌋ to test, the rest to train.
  throw new NotImplemented("stratifiedSplit");
}
