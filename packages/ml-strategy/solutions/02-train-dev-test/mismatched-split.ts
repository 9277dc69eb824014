import { RandomState } from "@dlc/student-kit/check";
import type { MismatchedSizes, MismatchedSplit } from "../../src/split-types.ts";

/**
 * The split for training and testing on different distributions (the autonomous-driving case):
 * dev and test only from the target distribution, train from everything else plus the target
 * examples left over, and a train-dev set carved from the same training mix, so that
 * train-dev − train measures variance and dev − train-dev measures data mismatch.
 *
 * With one `RandomState(seed)`: shuffle the target examples (`permutation`), deal `sizes.dev`
 * to dev and the next `sizes.test` to test; the target examples left join all the others in the
 * training mix; shuffle the mix, deal `sizes.trainDev` to train-dev and the rest to train.
 * 100,000 car images + 900,000 internet images, 20,000 each → train 940,000, train-dev 20,000
 * (both from the 960,000 mix), dev 20,000 car, test 20,000 car.
 *
 * @param sources where each example comes from (length m), e.g. "car" or "internet"
 * @param target the source dev and test must come from, e.g. "car"
 * @param sizes how many examples train-dev, dev and test get
 * @param seed seeds both shuffles; the same seed gives the same split
 * @returns { train, trainDev, dev, test }: a partition of 0 … m − 1, in any order within a set
 * @throws RangeError when the target has fewer than dev + test examples, or the training mix
 *   fewer than trainDev
 */
export function mismatchedSplit(
  sources: readonly string[],
  target: string,
  sizes: MismatchedSizes,
  seed = 0,
): MismatchedSplit {
  const targetIndices: number[] = [];
  const otherIndices: number[] = [];
  sources.forEach((source, i) => {
    (source === target ? targetIndices : otherIndices).push(i);
  });
  if (sizes.dev + sizes.test > targetIndices.length)
    throw new RangeError(
      `dev + test = ${sizes.dev + sizes.test} but only ${targetIndices.length} examples come from ${target}`,
    );
  const rng = new RandomState(seed);
  const shuffledTarget = rng.permutation(targetIndices.length).map((k) => targetIndices[k]!);
  const dev = shuffledTarget.slice(0, sizes.dev);
  const test = shuffledTarget.slice(sizes.dev, sizes.dev + sizes.test);
  const mix = shuffledTarget.slice(sizes.dev + sizes.test).concat(otherIndices);
  if (sizes.trainDev > mix.length)
    throw new RangeError(`trainDev = ${sizes.trainDev} but the training mix holds ${mix.length}`);
  const shuffledMix = rng.permutation(mix.length).map((k) => mix[k]!);
  const trainDev = shuffledMix.slice(0, sizes.trainDev);
  const train = shuffledMix.slice(sizes.trainDev);
  const ascending = (a: number, b: number) => a - b;
  return {
    train: train.sort(ascending),
    trainDev: trainDev.sort(ascending),
    dev: dev.sort(ascending),
    test: test.sort(ascending),
  };
}
