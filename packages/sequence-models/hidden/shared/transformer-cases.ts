/**
 * Seeded sizes, inputs and weights for assignment 08's layer checks: the reference layer gets
 * random weights in every sub-layer (layer-norm γ and β too), and the student's layer gets the
 * same ones through the harness `runLayer`, by the sub-layers' notebook names.
 */

import { between, normal } from "@dlc/grader/checks";
import { CheckError, expectClose, type RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { LayerCase } from "../../src/transformer.harness.ts";
import { createPaddingMask } from "../../src/transformer-masks.ts";

export const ENCODER_LAYER_PARTS = ["mha", "ffn", "layernorm1", "layernorm2"];
export const DECODER_LAYER_PARTS = [
  "mha1",
  "mha2",
  "ffn",
  "layernorm1",
  "layernorm2",
  "layernorm3",
];

/** The sub-layer at `path` of the reference. */
function partAt(layer: object, path: string): tf.layers.Layer {
  return path
    .split(".")
    .reduce((node, key) => (node as Record<string, object>)[key]!, layer) as tf.layers.Layer;
}

/**
 * Applies the reference once (to build it), redraws every part's weights from `rng` (×0.6),
 * and returns the case for the harness and the reference's answer on it.
 */
export function transplant(
  rng: RandomState,
  reference: tf.layers.Layer,
  paths: string[],
  args: number[],
  inputs: tf.Tensor | tf.Tensor[],
  kwargs: Record<string, unknown>,
): { c: LayerCase; expected: tf.Tensor | tf.Tensor[] } {
  tf.dispose(reference.apply(inputs, kwargs) as tf.Tensor | tf.Tensor[]);
  const weights = paths.map((path): [string, tf.Tensor[]] => {
    const part = partAt(reference, path);
    const w = part.getWeights().map((v) => normal(rng, v.shape, 0.6));
    part.setWeights(w);
    return [path, w];
  });
  const expected = reference.apply(inputs, kwargs) as tf.Tensor | tf.Tensor[];
  return { c: { args, weights, inputs, kwargs }, expected };
}

/**
 * Token ids [b, t] in 1 … vocab − 1, the tail of rows padded with 0: row 0 by at least one
 * token (t ≥ 2), every row keeping its first token.
 */
export function tokens(rng: RandomState, b: number, t: number, vocab: number): tf.Tensor2D {
  const ids = Float32Array.from(rng.rand(b * t), (u) => 1 + Math.floor(u * (vocab - 1)));
  for (let i = 0; i < b; i++) {
    const pad = between(rng, i === 0 ? Math.min(1, t - 1) : 0, t - 1);
    for (let j = t - pad; j < t; j++) ids[i * t + j] = 0;
  }
  return tf.tensor2d(ids, [b, t]);
}

/** A padding mask [b, 1, t] with the first position of every row kept. */
export function paddingMask(rng: RandomState, b: number, t: number): tf.Tensor {
  return createPaddingMask(tokens(rng, b, t, 5));
}

/** Asserts a list of tensors, named one by one, each close to the reference's. */
export function expectList(what: string, actual: unknown, expected: tf.Tensor[], names: string[]) {
  if (!Array.isArray(actual) || actual.length !== expected.length)
    throw new CheckError(
      `${what} should return a list of ${expected.length} tensors [${names.join(", ")}], got ${Array.isArray(actual) ? `a list of ${actual.length}` : typeof actual}`,
    );
  for (const [i, e] of expected.entries())
    expectClose(`${what}: ${names[i]}`, actual[i], e, { atol: 1e-4, rtol: 1e-3 });
}

/** The sub-layer paths of an EncoderLayer or DecoderLayer list: `encLayers.0.mha`, … */
export function layerPaths(prefix: string, count: number, parts: string[]): string[] {
  return Array.from({ length: count }, (_, i) => parts.map((p) => `${prefix}.${i}.${p}`)).flat();
}

/** The decoder's attention-weight names, as the notebook's dict keys. */
export function weightNames(numLayers: number): string[] {
  return Array.from({ length: numLayers }, (_, i) => [
    `decoder_layer${i + 1}_block1_self_att`,
    `decoder_layer${i + 1}_block2_decenc_att`,
  ]).flat();
}
