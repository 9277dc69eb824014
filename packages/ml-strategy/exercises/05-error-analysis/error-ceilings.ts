import { NotImplemented } from "@dlc/student-kit/check";
import type { ErrorCeiling, ErrorTally } from "../../src/error-analysis.ts";

/**
 * The ceiling on performance of each fix: if every mistake of a category went away, dev
 * error would fall by that category's share of the mistakes times the dev error, and no
 * more. The tally may come from a sample of the mistakes (the lecture looks at 100), so
 * the dev error is the one measured on the whole dev set.
 *
 * @param tally from tallyErrors (its categories' shareOfMistakes are what counts here)
 * @param devError the model's error on the whole dev set, a fraction in [0, 1]
 * @returns one ceiling per category, largest first (ties by category name): the most
 *   the fix can reduce dev error by, and the dev error that leaves at best
 */
export function errorCeilings(tally: ErrorTally, devError: number): ErrorCeiling[] {
  // TODO: per category, ceiling = shareOfMistakes · devError and bestDevError = devError − ceiling; sort, largest ceiling first.
  throw new NotImplemented("errorCeilings");
}
