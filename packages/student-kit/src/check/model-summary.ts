/**
 * A layers model as rows of plain data, the way the Course 4 and 5 notebooks check a model
 * (their `summary(model)` and `comparator`): per layer its class, output shape, parameter count,
 * whether it trains, and the configuration that decides what it computes (filters, kernel size,
 * strides, padding, activation, pool size, rate, axis, units …), never names or initializers.
 *
 * Students print it (`printSummary(model)`) and public tests compare with it
 * (`expectSummary`); the grader's `model` checks get the same rows from inside the sandbox, so
 * a student sees the same message in both places: "layer 3: expected
 * BatchNormalization(axis=3), got ReLU".
 */
import type * as tf from "@tensorflow/tfjs";
import { CheckError } from "./compare.ts";

/** A config value as it crosses the sandbox: numbers, strings, booleans, null, nested arrays. */
export type ConfigValue = string | number | boolean | null | ConfigValue[];

export interface LayerRow {
  /** tfjs class name: `Conv2D`, `BatchNormalization`, `ReLU`, … */
  className: string;
  /** output shape with null for the batch: `[null, 64, 64, 32]` (a list of them for several outputs) */
  outputShape: ConfigValue[];
  /** weights the layer holds (trainable and not), as Keras counts them */
  params: number;
  trainable: boolean;
  /** only the keys of {@link KEY_CONFIG} the layer has */
  config: Record<string, ConfigValue>;
}

/** The configuration that decides what a layer computes (Keras's comparator checks these too). */
export const KEY_CONFIG = [
  "units",
  "filters",
  "kernelSize",
  "strides",
  "padding",
  "dilationRate",
  "depthMultiplier",
  "activation",
  "useBias",
  "poolSize",
  "rate",
  "axis",
  "momentum",
  "epsilon",
  "center",
  "scale",
  "size",
  "interpolation",
  "targetShape",
  "dims",
  "inputDim",
  "outputDim",
  "maskZero",
  "inputLength",
  "returnSequences",
  "returnState",
  "goBackwards",
  "recurrentActivation",
  "n",
  "cropping",
  "mergeMode",
] as const;

function plain(value: unknown): ConfigValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/** The rows of every layer of `model` except its input layers, in the model's order. */
export function modelSummary(model: tf.LayersModel): LayerRow[] {
  return model.layers
    .filter((layer) => layer.getClassName() !== "InputLayer")
    .map((layer) => {
      const all = layer.getConfig() as Record<string, unknown>;
      const config: Record<string, ConfigValue> = {};
      for (const key of KEY_CONFIG) if (key in all) config[key] = plain(all[key]);
      // tf.layers.reLU() and tf.layers.activation({ activation: "relu" }) compute the same:
      // both read as Keras's Activation('relu'), which the notebooks use
      const plainRelu = layer.getClassName() === "ReLU" && all.maxValue == null;
      if (plainRelu) config.activation = "relu";
      return {
        className: plainRelu ? "Activation" : layer.getClassName(),
        outputShape: plain(layer.outputShape) as ConfigValue[],
        params: layer.countParams(),
        trainable: layer.trainable,
        config,
      };
    });
}

const show = (v: ConfigValue): string =>
  Array.isArray(v) ? `[${v.map(show).join(", ")}]` : v === null ? "None" : String(v);

/** `Conv2D(filters=32, kernelSize=[7, 7], strides=[1, 1], padding=valid)` */
export function describeRow(row: LayerRow): string {
  const config = Object.entries(row.config)
    .map(([k, v]) => `${k}=${show(v)}`)
    .join(", ");
  return `${row.className}(${config})`;
}

/** A table like Keras's `model.summary()`, for students to print. */
export function formatSummary(rows: LayerRow[]): string {
  const lines = rows.map((row, i) => [
    String(i + 1),
    describeRow(row),
    show(row.outputShape),
    String(row.params),
    row.trainable ? "" : "frozen",
  ]);
  const head = ["#", "layer", "output shape", "params", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const total = rows.reduce((n, r) => n + r.params, 0);
  return [fmt(head), ...lines.map(fmt), `total params: ${total}`].join("\n");
}

/** Prints `formatSummary(modelSummary(model))`. */
export function printSummary(model: tf.LayersModel): void {
  console.log(formatSummary(modelSummary(model)));
}

function same(a: ConfigValue, b: ConfigValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The first difference between two summaries, in words, or undefined when they agree:
 * `layer 3: expected BatchNormalization(axis=3), got ReLU()`.
 */
export function summaryDifference(actual: LayerRow[], expected: LayerRow[]): string | undefined {
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    const a = actual[i];
    const e = expected[i];
    const at = `layer ${i + 1}`;
    if (!a)
      return `${at}: expected ${describeRow(e!)}, but the model ends after ${actual.length} layers`;
    if (!e)
      return `${at}: ${describeRow(a)} is one layer too many (expected ${expected.length} layers)`;
    if (a.className !== e.className)
      return `${at}: expected ${describeRow(e)}, got ${describeRow(a)}`;
    for (const key of new Set([...Object.keys(e.config), ...Object.keys(a.config)])) {
      if (!same(a.config[key] ?? null, e.config[key] ?? null))
        return `${at} (${e.className}): expected ${key}=${show(e.config[key] ?? null)}, got ${show(a.config[key] ?? null)}`;
    }
    if (!same(a.outputShape, e.outputShape))
      return `${at} (${e.className}): output shape expected ${show(e.outputShape)}, got ${show(a.outputShape)}`;
    if (a.params !== e.params)
      return `${at} (${e.className}): expected ${e.params} parameters, got ${a.params}`;
    if (a.trainable !== e.trainable)
      return `${at} (${e.className}): expected it ${e.trainable ? "trainable" : "frozen (trainable = false)"}, got ${a.trainable ? "trainable" : "frozen"}`;
  }
  return undefined;
}

/** Throws a CheckError naming the first differing layer. */
export function expectSummary(what: string, actual: LayerRow[], expected: LayerRow[]): void {
  const difference = summaryDifference(actual, expected);
  if (difference) throw new CheckError(`${what}: ${difference}`);
}
