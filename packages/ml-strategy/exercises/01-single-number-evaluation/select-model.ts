import { NotImplemented } from "@dlc/student-kit/check";
import type {
  CandidateModel,
  OptimizingMetric,
  SatisficingMetric,
} from "../../src/metric-types.ts";

/**
 * Chooses a model with one optimizing metric and satisficing constraints: among the models
 * that meet every constraint, the one with the best optimizing metric.
 *
 * - A constraint's bounds are inclusive (runtime 100 ms meets "at most 100 ms").
 * - A model that lacks a metric a constraint names does not meet it; one that lacks the
 *   optimizing metric cannot be ranked and is never chosen.
 * - Ties on the optimizing metric go to the model listed first.
 *
 * @param models the candidates, in the order they are listed
 * @param optimizing the metric to maximize or minimize, e.g. `{ metric: "accuracy", goal: "max" }`
 * @param satisficing the thresholds every chosen model must meet (none: all models qualify)
 * @returns the chosen model (one of `models`), or null when no model meets every constraint
 */
export function selectModel(
  models: readonly CandidateModel[],
  optimizing: OptimizingMetric,
  satisficing: readonly SatisficingMetric[],
): CandidateModel | null {
  // TODO: keep the models that meet every constraint, then take the best by the optimizing metric.
  throw new NotImplemented("selectModel");
}
