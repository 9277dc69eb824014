/**
 * Types of assignment 01 (single number evaluation): the confusion counts and metrics of a
 * binary classifier, and the candidates, optimizing metric and satisficing constraints
 * `selectModel` chooses with.
 */

/** Outcomes of a binary classifier on m examples; tp + fp + fn + tn = m. */
export interface ConfusionCounts {
  /** predicted 1, label 1 */
  tp: number;
  /** predicted 1, label 0 (a false alarm) */
  fp: number;
  /** predicted 0, label 1 (a missed positive) */
  fn: number;
  /** predicted 0, label 0 */
  tn: number;
}

/** The four single-number metrics, each in [0, 1]. */
export interface EvaluationMetrics {
  /** (tp + tn) / m */
  accuracy: number;
  /** tp / (tp + fp): of the examples predicted positive, the share that are */
  precision: number;
  /** tp / (tp + fn): of the positive examples, the share found */
  recall: number;
  /** the harmonic mean of precision and recall */
  f1: number;
}

/** A trained model and what was measured about it, e.g. `{ accuracy: 98, runtimeSec: 9, memoryMB: 9 }`. */
export interface CandidateModel {
  name: string;
  metrics: Readonly<Record<string, number>>;
}

/** The one metric to make as good as possible. */
export interface OptimizingMetric {
  metric: string;
  /** "max" for accuracy or F1, "min" for an error rate */
  goal: "max" | "min";
}

/**
 * A threshold that is enough to meet: `{ metric: "runtimeMs", atMost: 100 }`. Bounds are
 * inclusive; a constraint may give `atMost`, `atLeast` or both.
 */
export interface SatisficingMetric {
  metric: string;
  atMost?: number;
  atLeast?: number;
}
