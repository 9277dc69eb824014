import { NotImplemented } from "@dlc/student-kit/check";
import type { SplitProblem, TrainDevTest } from "../../src/split-types.ts";

/**
 * Checks a split against the rules of the lectures: no example in two sets, dev and test drawn
 * from the distribution you care about (the target sources), and dev and test drawn from the
 * same sources. Training data may come from anywhere: Peacetopia's 1,000,000 citizens' images
 * are fine in train (and in a train-dev set), never in dev or test.
 *
 * Problems, reported in this order, each at most once:
 * - "leak": an index appears in two sets, or twice in one (train-dev included);
 * - "dev-off-target": a dev example's source is not one of `target`;
 * - "test-off-target": a test example's source is not one of `target`;
 * - "dev-test-mismatch": the sources present in dev and in test are not the same.
 *
 * @param split index sets into `sources`: train, dev, test and optionally trainDev
 * @param sources where each example comes from (length m), e.g. "camera", "citizens"
 * @param target the sources of the distribution the system will face, e.g. ["camera"]
 * @returns the problems found; an empty array means the split is valid
 */
export function validateSplit(
  split: TrainDevTest & { trainDev?: number[] },
  sources: readonly string[],
  target: readonly string[],
): SplitProblem[] {
  // TODO: look for an index seen twice, dev/test sources outside target, and dev and test source sets that differ.
  throw new NotImplemented("validateSplit");
}
