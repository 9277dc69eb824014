/**
 * The parent's half of a `model` check (the sandbox's half is sandbox/model-probe.ts): build
 * the probe from the reference model, then compare what the sandbox answered with the
 * reference, layer by layer first (the first differing layer is named), then weight shapes,
 * then outputs with the reference's weights loaded into the student's model.
 *
 *   const reference = happyModel();                     // the solution, built in the parent
 *   const probe = modelProbe(reference, images, [false, true]);
 *   expectModel("happyModel()", await ctx.model([], probe), reference, probe);
 */

import {
  CheckError,
  describeValue,
  expectClose,
  formatShape,
} from "@dlc/student-kit/src/check/compare.ts";
import {
  type ConfigValue,
  expectSummary,
  type LayerRow,
  modelSummary,
} from "@dlc/student-kit/src/check/model-summary.ts";
import * as tf from "@tensorflow/tfjs";
import type { ModelProbe } from "./sandbox/model-probe.ts";

export type { ModelProbe };

/** Asks for the model's outputs on `inputs` (per training flag) with the reference's weights. */
export function modelProbe(
  reference: tf.LayersModel,
  inputs: tf.Tensor | tf.Tensor[],
  training: boolean[] = [false],
): ModelProbe {
  return { weights: reference.getWeights(), inputs, training };
}

const isConfigValue = (v: unknown): v is ConfigValue =>
  v === null ||
  ["string", "number", "boolean"].includes(typeof v) ||
  (Array.isArray(v) && v.every(isConfigValue));

/** The sandbox's rows, checked to be rows (the answer is the student's process's word). */
function rowsOf(what: string, value: unknown): LayerRow[] {
  if (!Array.isArray(value)) throw new CheckError(`${what}: no layer summary came back`);
  return value.map((row, i) => {
    const r = row as Partial<LayerRow> | null;
    const ok =
      r !== null &&
      typeof r === "object" &&
      typeof r.className === "string" &&
      Array.isArray(r.outputShape) &&
      r.outputShape.every(isConfigValue) &&
      typeof r.params === "number" &&
      typeof r.trainable === "boolean" &&
      typeof r.config === "object" &&
      r.config !== null &&
      Object.values(r.config).every(isConfigValue);
    if (!ok) throw new CheckError(`${what}: the summary of layer ${i + 1} is malformed`);
    return r as LayerRow;
  });
}

/**
 * Asserts the student's model (as the sandbox described it) has the reference's layers,
 * weight shapes and, when the probe sent inputs, outputs within float32 tolerance.
 */
export function expectModel(
  what: string,
  answer: unknown,
  reference: tf.LayersModel,
  probe: ModelProbe,
  options: { rtol?: number; atol?: number } = {},
): void {
  if (typeof answer !== "object" || answer === null)
    throw new CheckError(`${what} should build a layers model, got ${describeValue(answer)}`);
  const { rows, weightShapes, outputs } = answer as Record<string, unknown>;
  expectSummary(what, rowsOf(what, rows), modelSummary(reference));
  const expectedShapes = reference.getWeights().map((w) => w.shape);
  if (!Array.isArray(weightShapes) || weightShapes.length !== expectedShapes.length)
    throw new CheckError(
      `${what} holds ${Array.isArray(weightShapes) ? weightShapes.length : "no"} weight tensors, expected ${expectedShapes.length}`,
    );
  for (const [i, shape] of expectedShapes.entries())
    if (JSON.stringify(weightShapes[i]) !== JSON.stringify(shape))
      throw new CheckError(
        `${what}: weight ${i + 1} has shape ${Array.isArray(weightShapes[i]) ? formatShape(weightShapes[i] as number[]) : "?"}, expected ${formatShape(shape)}`,
      );
  if (probe.inputs === undefined) return;
  const training = probe.training ?? [false];
  if (!Array.isArray(outputs) || outputs.length !== training.length)
    throw new CheckError(`${what}: the model gave no outputs for the check's inputs`);
  for (const [i, flag] of training.entries()) {
    const expected = tf.tidy(() => {
      const y = reference.apply(probe.inputs!, { training: flag }) as tf.Tensor | tf.Tensor[];
      return Array.isArray(y) ? y : [y];
    });
    const got = outputs[i] as unknown[];
    if (!Array.isArray(got) || got.length !== expected.length)
      throw new CheckError(`${what}: expected ${expected.length} outputs with training=${flag}`);
    for (const [j, e] of expected.entries())
      expectClose(
        `${what}: output${expected.length > 1 ? ` ${j + 1}` : ""} with the reference's weights, training=${flag}`,
        got[j],
        e,
        options,
      );
    tf.dispose(expected);
  }
}
