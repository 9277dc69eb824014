/**
 * The types of assignment 06 (hyperparameter search): a search space where every
 * hyperparameter says on which scale to sample it, and the configurations drawn from it.
 */

/**
 * One hyperparameter and the scale it is sampled on:
 * - `linear`: uniform in [lo, hi] (e.g. a dropout keep probability in [0.5, 1]);
 * - `log`: uniform exponent, 10^r with r uniform in [log10 lo, log10 hi] (learning rate α);
 * - `one-minus-log`: 1 − β on a log scale, for β close to 1 (momentum, Adam's β₁ and β₂);
 * - `integer`: a whole number in [lo, hi], both ends included (layers, hidden units);
 * - `choice`: one of a few options, each equally likely (mini-batch size, activation).
 */
export type Hyperparameter =
  | { scale: "linear" | "log" | "one-minus-log"; lo: number; hi: number }
  | { scale: "integer"; lo: number; hi: number }
  | { scale: "choice"; options: (number | string)[] };

/** Hyperparameters by name; a configuration is drawn in the order of the keys. */
export type SearchSpace = Record<string, Hyperparameter>;

/** One point of the search space: a value for every hyperparameter. */
export type Configuration = Record<string, number | string>;
