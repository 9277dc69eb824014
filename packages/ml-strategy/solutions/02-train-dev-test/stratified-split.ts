import { RandomState } from "@dlc/student-kit/check";
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
  const rng = new RandomState(seed);
  const byClass = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const key = label;
    const members = byClass.get(key) ?? [];
    members.push(i);
    byClass.set(key, members);
  });
  const split: TrainDevTest = { train: [], dev: [], test: [] };
  for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
    const members = byClass.get(label)!;
    const shuffled = rng.permutation(members.length).map((k) => members[k]!);
    const nDev = Math.floor(fractions.dev * members.length);
    const nTest = Math.floor(fractions.test * members.length);
    split.dev = split.dev.concat(shuffled.slice(0, nDev));
    split.test = split.test.concat(shuffled.slice(nDev, nDev + nTest));
    split.train = split.train.concat(shuffled.slice(nDev + nTest));
  }
  const ascending = (a: number, b: number) => a - b;
  return {
    train: split.train.sort(ascending),
    dev: split.dev.sort(ascending),
    test: split.test.sort(ascending),
  };
}
