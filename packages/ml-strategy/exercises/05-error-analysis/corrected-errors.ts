import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: for dev and for test alike, count the errors against the labels before and after the review (within its scope).
  throw new NotImplemented("correctedErrors");
}
