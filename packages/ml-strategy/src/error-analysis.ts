/**
 * The types of assignment 05 (error analysis): what a reviewer's tally of misclassified
 * dev examples looks like, the ceiling of a fix, and a set reviewed for wrong labels, all plain
 * data (numbers, strings, arrays and objects); and `tallyFromShares`, the quizzes' way of
 * stating a tally.
 */

/**
 * One misclassified dev example as a reviewer tags it: the categories ticked in the
 * error-analysis spreadsheet, e.g. `["foggy", "occluded"]`. An example may have several;
 * a category counts an example once even if it is ticked twice.
 */
export type TaggedMistake = string[];

/** One column of the spreadsheet. */
export interface CategoryTally {
  /** how many of the tagged mistakes carry this category */
  count: number;
  /** count / number of mistakes: the "% of errors" row of the lecture's spreadsheet */
  shareOfMistakes: number;
  /** count / dev set size: how much of the dev error this category accounts for */
  shareOfDev: number;
}

/** The whole spreadsheet. */
export interface ErrorTally {
  /** number of examples in the dev set */
  devSize: number;
  /** number of misclassified examples tallied */
  mistakes: number;
  /** mistakes / devSize */
  devError: number;
  /** one entry per category that occurs, keyed by its name */
  categories: Record<string, CategoryTally>;
}

/** The most one fix can buy: the best dev error if every mistake of the category went away. */
export interface ErrorCeiling {
  category: string;
  /** the most the fix can reduce dev error by: shareOfMistakes · devError */
  ceiling: number;
  /** devError − ceiling: the dev error if the fix worked perfectly */
  bestDevError: number;
}

/** A dev or test set after a human review of its labels. All three arrays are as long as the set. */
export interface ReviewedSet {
  /** the class the model predicts for each example */
  predictions: number[];
  /** the labels as the set came */
  labels: number[];
  /** the labels the reviewers settled on (equal to `labels` where they agreed) */
  reviewedLabels: number[];
}

/**
 * Which examples the reviewers looked at: only those the model got wrong (cheap, and
 * what most teams do) or all of them (the lecture's advice: also examine the examples
 * the model got right, or the corrected error is biased downwards).
 */
export type ReviewScope = "mistakes" | "all";

/** What correcting the labels of one set does. Errors are shares of the whole set. */
export interface CorrectionEffect {
  /** error against the labels as they came */
  errorBefore: number;
  /** error against the corrected labels */
  errorAfter: number;
  /** errors that were the label's fault: the model predicted the corrected label (0.6 % in the lecture) */
  labelErrors: number;
  /** labelErrors / errorBefore: the fraction of the error that is labelling (6 % or 30 % in the lecture), 0 when there is no error */
  labelShare: number;
}

/**
 * A tally written as the quizzes state it, each category's share of the dev set
 * (`{ foggy: 0.02, … }`, no overlaps), turned into the spreadsheet for a dev set of `devSize`.
 */
export function tallyFromShares(devSize: number, sharesOfDev: Record<string, number>): ErrorTally {
  const devError = Object.values(sharesOfDev).reduce((a, b) => a + b, 0);
  const mistakes = Math.round(devError * devSize);
  const categories: ErrorTally["categories"] = {};
  for (const [category, shareOfDev] of Object.entries(sharesOfDev)) {
    const count = Math.round(shareOfDev * devSize);
    categories[category] = {
      count,
      shareOfMistakes: count / mistakes,
      shareOfDev: count / devSize,
    };
  }
  return { devSize, mistakes, devError: mistakes / devSize, categories };
}
