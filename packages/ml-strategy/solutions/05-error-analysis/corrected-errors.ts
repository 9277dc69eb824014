import type { CorrectionEffect, ReviewedSet, ReviewScope } from "../../src/error-analysis.ts";

/**
 * Correcting mislabelled examples, done by the rule: the same review on the dev AND the
 * test set, so that they keep coming from one distribution. An example takes its reviewed
 * label if the reviewers looked at it: with scope "mistakes" only the examples the model
 * got wrong, with "all" every example.
 *
 * @param dev the dev set: predictions, labels as given, labels after the review
 * @param test the test set, reviewed the same way
 * @param scope which examples the review covers, "all" (the default) or "mistakes"
 * @returns per set: errorBefore, errorAfter (against the corrected labels), labelErrors (the
 *   share of the set the model got right but the label wrong) and labelShare =
 *   labelErrors / errorBefore, the fraction of the error that is labelling
 */
export function correctedErrors(
  dev: ReviewedSet,
  test: ReviewedSet,
  scope: ReviewScope = "all",
): { dev: CorrectionEffect; test: CorrectionEffect } {
  return { dev: correct(dev, scope), test: correct(test, scope) };
}

function correct({ predictions, labels, reviewedLabels }: ReviewedSet, scope: ReviewScope) {
  const n = predictions.length;
  let wrongBefore = 0;
  let wrongAfter = 0;
  let labelFaults = 0;
  for (let i = 0; i < n; i++) {
    const wrong = predictions[i] !== labels[i];
    const label = scope === "all" || wrong ? reviewedLabels[i] : labels[i];
    if (wrong) wrongBefore++;
    if (predictions[i] !== label) wrongAfter++;
    if (wrong && predictions[i] === label) labelFaults++;
  }
  return {
    errorBefore: wrongBefore / n,
    errorAfter: wrongAfter / n,
    labelErrors: labelFaults / n,
    labelShare: wrongBefore === 0 ? 0 : labelFaults / wrongBefore,
  };
}
