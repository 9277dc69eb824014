/** Inputs the hidden checks of assignment 01 draw from their seeded generator. */

import { between } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import type {
  CandidateModel,
  OptimizingMetric,
  SatisficingMetric,
} from "../../src/metric-types.ts";

/** m labels or predictions, 0 or 1, with P(1) = p. */
export function bits(rng: RandomState, m: number, p = 0.5): number[] {
  return Array.from(rng.rand(m), (u) => (u < p ? 1 : 0));
}

/** Predictions and labels of a random length in [lo, hi], positives rare or common. */
export function predictionsAndLabels(rng: RandomState, lo = 5, hi = 60) {
  const m = between(rng, lo, hi);
  const p = [0.1, 0.3, 0.5, 0.8][between(rng, 0, 3)]!;
  return { predictions: bits(rng, m, p), labels: bits(rng, m, p) };
}

/** A model selection problem: 2–7 candidates with small integer metrics (ties and bounds happen). */
export function selectionProblem(rng: RandomState): {
  models: CandidateModel[];
  optimizing: OptimizingMetric;
  satisficing: SatisficingMetric[];
} {
  const n = between(rng, 2, 7);
  const models = Array.from({ length: n }, (_, i) => ({
    name: `model-${i}`,
    metrics: {
      accuracy: between(rng, 90, 99),
      runtimeMs: between(rng, 5, 15) * 10,
      memoryMB: between(rng, 1, 12),
    },
  }));
  const goal = between(rng, 0, 1) === 0 ? "max" : "min";
  const optimizing: OptimizingMetric =
    goal === "max" ? { metric: "accuracy", goal } : { metric: "runtimeMs", goal };
  const satisficing: SatisficingMetric[] =
    goal === "max"
      ? [{ metric: "runtimeMs", atMost: between(rng, 6, 14) * 10 }]
      : [{ metric: "accuracy", atLeast: between(rng, 91, 98) }];
  if (between(rng, 0, 1) === 1)
    satisficing.push({ metric: "memoryMB", atMost: between(rng, 4, 11) });
  return { models, optimizing, satisficing };
}

/** "model-2 (accuracy 97, runtimeMs 90, memoryMB 3)", or "null". */
export function describeModel(model: unknown): string {
  if (model === null) return "null";
  if (typeof model !== "object" || model === undefined) return String(model);
  const { name, metrics } = model as CandidateModel;
  const values = Object.entries(metrics ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  return `${name} (${values})`;
}
