import type {
  CandidateModel,
  OptimizingMetric,
  SatisficingMetric,
} from "../../src/metric-types.ts";

/** The model's value of `metric`, or undefined when it was not measured. */
function metricValue(model: CandidateModel, metric: string): number | undefined {
  const value = model.metrics[metric];
  return typeof value === "number" && !Number.isNaN(value) ? value : undefined;
}

/** Whether the model meets one satisficing constraint (bounds inclusive). */
function meets(model: CandidateModel, { metric, atMost, atLeast }: SatisficingMetric): boolean {
  const value = metricValue(model, metric);
  if (value === undefined) return false;
  return (atMost === undefined || value <= atMost) && (atLeast === undefined || value >= atLeast);
}

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
  let best: CandidateModel | null = null;
  let bestValue = 0;
  for (const model of models) {
    if (!satisficing.every((constraint) => meets(model, constraint))) continue;
    const value = metricValue(model, optimizing.metric);
    if (value === undefined) continue;
    const better = optimizing.goal === "max" ? value > bestValue : value < bestValue;
    if (best === null || better) {
      best = model;
      bestValue = value;
    }
  }
  return best;
}
