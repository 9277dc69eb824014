import type { CategoryTally, ErrorTally, TaggedMistake } from "../../src/error-analysis.ts";

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
  const counts = new Map<string, number>();
  for (const tags of mistakes) {
    for (const tag of new Set(tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const categories: Record<string, CategoryTally> = {};
  for (const [category, count] of counts) {
    categories[category] = {
      count,
      shareOfMistakes: count / mistakes.length,
      shareOfDev: count / devSize,
    };
  }
  return { devSize, mistakes: mistakes.length, devError: mistakes.length / devSize, categories };
}
