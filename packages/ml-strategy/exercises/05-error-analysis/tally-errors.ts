import { NotImplemented } from "@dlc/student-kit/check";
import type { ErrorTally, TaggedMistake } from "../../src/error-analysis.ts";

/**
 * Error analysis, counted: the spreadsheet of the lecture, one column per category.
 * Each mistake counts once in every category it carries (foggy AND occluded counts in
 * both), so the shares of the categories may add up to more than the whole.
 *
 * @param mistakes every misclassified dev example, as the categories a reviewer ticked
 * @param devSize number of examples in the dev set (≥ mistakes.length)
 * @returns devSize, mistakes (their number), devError = mistakes / devSize, and per category
 *   its count, shareOfMistakes = count / mistakes and shareOfDev = count / devSize
 */
export function tallyErrors(mistakes: TaggedMistake[], devSize: number): ErrorTally {
  // TODO: count each category once per example that carries it, then divide by the number of mistakes and by devSize.
  throw new NotImplemented("tallyErrors");
}
