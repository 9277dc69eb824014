import { NotImplemented } from "@dlc/student-kit/check";
import type { ConfusionCounts } from "../../src/metric-types.ts";

/**
 * Counts the four outcomes of a binary classifier: the table every single-number metric
 * (accuracy, precision, recall, F1) is computed from.
 *
 * @param predictions the classifier's predictions ŷ, 0 or 1, one per example (length m)
 * @param labels the true labels y, 0 or 1, same length m
 * @returns { tp, fp, fn, tn }: (ŷ = 1, y = 1), (ŷ = 1, y = 0), (ŷ = 0, y = 1), (ŷ = 0, y = 0);
 *   they add up to m
 */
export function confusionCounts(
  predictions: readonly number[],
  labels: readonly number[],
): ConfusionCounts {
  // TODO: walk the examples once and count each (prediction, label) pair in its cell.
  throw new NotImplemented("confusionCounts");
}
