import { NotImplemented } from "@dlc/student-kit/check";
import type { EvaluationMetrics } from "../../src/metric-types.ts";
import { confusionCounts } from "./confusion-counts.ts";
import { f1Score } from "./f1-score.ts";

/**
 * Accuracy, precision, recall and F1 of 0/1 predictions against 0/1 labels.
 *
 * Convention for 0/0: a ratio whose denominator is 0 is 0. Precision is 0 when nothing is
 * predicted positive, recall is 0 when there is no positive label, F1 is 0 when both are 0,
 * accuracy is 0 when there are no examples.
 *
 * @param predictions the classifier's predictions ŷ, 0 or 1 (length m)
 * @param labels the true labels y, 0 or 1 (length m)
 * @returns { accuracy: (tp + tn) / m, precision: tp / (tp + fp), recall: tp / (tp + fn),
 *   f1: the harmonic mean of precision and recall }, each in [0, 1]
 */
export function evaluationMetrics(
  predictions: readonly number[],
  labels: readonly number[],
): EvaluationMetrics {
  // TODO: count with your confusionCounts, divide (0 when a denominator is 0), F1 with your f1Score.
  throw new NotImplemented("evaluationMetrics");
}
