/**
 * Types and constants of assignments 03 (human-level performance) and 04 (diagnosis): the
 * error rates of a model, the gaps between them, and the remedies the lectures give for each.
 */

/** Where `compareToHumanLevel` says to look next. */
export type HumanLevelFocus =
  /** no human level is known: bias and variance cannot be weighed (4.0 % train, 4.5 % dev) */
  | "insufficient-information"
  /** the dev error is below the best human level: avoidable bias is unknown, progress slows */
  | "beyond-human-level"
  /** train − human level is the larger gap (ties too): fit the training set better */
  | "avoidable-bias"
  /** dev − train is the larger gap: generalize better */
  | "variance";

/** What `compareToHumanLevel` returns. */
export interface HumanLevelComparison {
  /** the best human error, the proxy for Bayes error; null when no human was measured */
  bayesProxy: number | null;
  /** train − bayesProxy (negative when the model beats the best human); null without a proxy */
  avoidableBias: number | null;
  /** dev − train */
  variance: number;
  focus: HumanLevelFocus;
}

/** Error rates of one model, all in the same unit (the case studies use percent). */
export interface ErrorRates {
  /** human-level error, the proxy for Bayes error */
  human: number;
  train: number;
  /** error on the train-dev set (same distribution as train, not trained on), when there is one */
  trainDev?: number;
  dev: number;
  /** error on the test set, when it was measured */
  test?: number;
}

/**
 * The gaps between consecutive error rates; they add up to (test or dev) − human.
 * A gap that cannot be measured (no train-dev set, no test error) is null.
 */
export interface ErrorGaps {
  /** train − human */
  avoidableBias: number;
  /** trainDev − train, or dev − train without a train-dev set */
  variance: number;
  /** dev − trainDev; null without a train-dev set. Negative: the dev data is easier */
  dataMismatch: number | null;
  /** test − dev; null without a test error */
  devOverfitting: number | null;
}

/** A problem a gap measures: the names of `ErrorGaps`. */
export type Problem = keyof ErrorGaps;

/** The problems in the lectures' order (training set first), which also breaks ties. */
export const PROBLEMS: readonly Problem[] = [
  "avoidableBias",
  "variance",
  "dataMismatch",
  "devOverfitting",
];

/** What the lectures suggest for each problem. */
export const REMEDIES: Readonly<Record<Problem, readonly string[]>> = {
  avoidableBias: [
    "train a bigger model",
    "train longer or with a better optimizer (momentum, RMSprop, Adam)",
    "search for a better architecture or hyperparameters; reduce regularization",
  ],
  variance: [
    "get more training data",
    "regularize (L2, dropout, data augmentation)",
    "search for a better architecture or hyperparameters",
  ],
  dataMismatch: [
    "do error analysis to see how the training data differs from dev/test",
    "make training data more like dev/test: artificial data synthesis",
    "collect more training data like the dev/test data",
  ],
  devOverfitting: ["get a bigger dev set"],
};

/** One direction of `recommend`: the problem, its gap and the remedies to try. */
export interface Recommendation {
  problem: Problem;
  gap: number;
  remedies: readonly string[];
}
