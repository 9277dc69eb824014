/** Seeded error-analysis inputs for the hidden checks of assignment 05. */

import { between } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import type { ErrorTally, ReviewedSet, TaggedMistake } from "../../src/error-analysis.ts";

export const CATEGORIES = ["mislabelled", "foggy", "occluded", "raindrops", "blurry", "other"];

/**
 * 8 to 40 mistakes tagged from 3 to 6 categories: 1 to 3 tags each, some ticked twice,
 * and a dev set 1 to 20 times larger than the number of mistakes.
 */
export function taggedMistakes(rng: RandomState): { mistakes: TaggedMistake[]; devSize: number } {
  const n = between(rng, 8, 40);
  const categories = CATEGORIES.slice(0, between(rng, 3, 6));
  const mistakes = Array.from({ length: n }, () => {
    const tags = Array.from(
      { length: between(rng, 1, 3) },
      () => categories[between(rng, 0, categories.length - 1)]!,
    );
    return tags;
  });
  mistakes[0] = [categories[0]!, categories[0]!, categories[1]!]; // ticked twice, and a second tag
  return { mistakes, devSize: n * between(rng, 1, 20) };
}

/** The tally of a random sample of mistakes (distinct counts, so the order is unambiguous). */
export function sampledTally(rng: RandomState): ErrorTally {
  const examined = between(rng, 50, 200);
  const devSize = examined * between(rng, 2, 10);
  const categories: ErrorTally["categories"] = {};
  const counts = new Set<number>();
  const k = between(rng, 3, 6);
  while (counts.size < k) counts.add(between(rng, 0, examined));
  [...counts].forEach((count, i) => {
    categories[CATEGORIES[i]!] = {
      count,
      shareOfMistakes: count / examined,
      shareOfDev: count / devSize,
    };
  });
  return { devSize, mistakes: examined, devError: examined / devSize, categories };
}

/**
 * A set of n examples in `classes` classes reviewed for labels: about `errorRate` of the
 * predictions wrong, about `flipRate` of the labels corrected by the review.
 */
export function reviewedSet(
  rng: RandomState,
  n: number,
  classes = 2,
  errorRate = 0.2,
  flipRate = 0.1,
): ReviewedSet {
  const other = (y: number) => (y + between(rng, 1, classes - 1)) % classes;
  const labels = Array.from({ length: n }, () => between(rng, 0, classes - 1));
  const predictions = labels.map((y) => (rng.rand(1)[0]! < errorRate ? other(y) : y));
  const reviewedLabels = labels.map((y, i) =>
    rng.rand(1)[0]! < flipRate ? (rng.rand(1)[0]! < 0.7 ? predictions[i]! : other(y)) : y,
  );
  return { predictions, labels, reviewedLabels };
}

/**
 * The lecture's set: n binary examples, `errors` wrong, `labelFaults` of them because of
 * the label, and `hidden` examples right only against a wrong label.
 */
export function lectureSet(
  n: number,
  errors: number,
  labelFaults: number,
  hidden = 0,
): ReviewedSet {
  const labels = Array.from({ length: n }, (_, i) => i % 2);
  const predictions = labels.map((y, i) => (i < errors ? 1 - y : y));
  const reviewedLabels = labels.map((y, i) =>
    i < labelFaults || (i >= errors && i < errors + hidden) ? 1 - y : y,
  );
  return { predictions, labels, reviewedLabels };
}
