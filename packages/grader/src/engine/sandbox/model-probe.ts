/**
 * The sandbox's half of a `model` check. A `tf.LayersModel` cannot cross the sandbox (it is
 * not plain data), so a check asks for what it needs of the model the student's function
 * built, and this code, inside the sandbox, answers with plain data:
 *
 * - `rows`: the layer-by-layer summary (check/model-summary.ts);
 * - `weightShapes`: the shape of every weight, in `model.getWeights()` order;
 * - `outputs`: when the check sends inputs, the model's outputs on them, once per `training`
 *   flag (batch norm and dropout behave differently), after loading the reference's weights
 *   (sent as tensors) when their shapes fit, so a right architecture gives the reference's
 *   outputs exactly.
 */

import { type LayerRow, modelSummary } from "@dlc/student-kit/src/check/model-summary.ts";
import type * as tfNamespace from "@tensorflow/tfjs";

type Tf = typeof tfNamespace;

/** What a `model` check asks for (tensors decoded from the wire). */
export interface ModelProbe {
  /** weights to load first, in `getWeights()` order */
  weights?: tfNamespace.Tensor[];
  /** inputs to run the model on: one tensor, or one per model input */
  inputs?: tfNamespace.Tensor | tfNamespace.Tensor[];
  /** run once per flag (default: [false], inference) */
  training?: boolean[];
}

export interface ModelAnswer {
  rows: LayerRow[];
  weightShapes: number[][];
  /** per training flag, the model's outputs; null when no inputs were sent or weights did not fit */
  outputs: tfNamespace.Tensor[][] | null;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== "object") return typeof value;
  return `an instance of ${(value as object).constructor?.name ?? "an unknown class"}`;
}

export function probeModel(tf: Tf, fn: string, model: unknown, probe: ModelProbe): ModelAnswer {
  if (!(model instanceof tf.LayersModel))
    throw new Error(
      `${fn} should return a tf.LayersModel (tf.sequential(…) or tf.model(…)), got ${kindOf(model)}`,
    );
  const rows = modelSummary(model);
  const current = model.getWeights();
  const weightShapes = current.map((w) => [...w.shape]);
  if (probe.inputs === undefined) return { rows, weightShapes, outputs: null };
  const weights = probe.weights;
  if (weights) {
    const fits =
      weights.length === current.length &&
      weights.every((w, i) => w.shape.join() === current[i]!.shape.join());
    if (!fits) return { rows, weightShapes, outputs: null };
    model.setWeights(weights);
  }
  const outputs = (probe.training ?? [false]).map((training) => {
    const y = model.apply(probe.inputs!, { training }) as tfNamespace.Tensor | tfNamespace.Tensor[];
    return Array.isArray(y) ? y : [y];
  });
  return { rows, weightShapes, outputs };
}
