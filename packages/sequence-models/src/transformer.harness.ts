/**
 * Given code that runs a student's Transformer layer class inside the sandbox (a layer cannot
 * cross it): builds the layer, applies it once (which builds its sub-layers), loads the given
 * weights into its sub-layers by their notebook names, and answers with what it returns on the
 * given inputs.
 */
import * as tf from "@tensorflow/tfjs";

export interface LayerCase {
  /** the constructor's arguments, e.g. [embeddingDim, numHeads, fullyConnectedDim] */
  args: number[];
  /**
   * [path, weights] per sub-layer that holds weights: the path names it from the layer by
   * property names and array indices ("mha", "encLayers.1.ffn"), the weights are in its
   * getWeights() order
   */
  weights: [string, tf.Tensor[]][];
  /** what `apply` takes first: x, or [x, encOutput] / [inp, tar] */
  inputs: tf.Tensor | tf.Tensor[];
  /** what `apply` takes second: { training, mask, … } */
  kwargs: Record<string, unknown>;
}

type LayerLike = { setWeights(w: tf.Tensor[]): void };

/** The sub-layer at `path` ("encLayers.1.mha"), or an Error naming what is missing. */
function partAt(layer: tf.layers.Layer, name: string, path: string): LayerLike {
  let node: unknown = layer;
  for (const key of path.split(".")) {
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (node === undefined || node === null)
      throw new Error(`${name}: this.${path} should exist (the notebook's self.${path})`);
  }
  if (typeof (node as LayerLike).setWeights !== "function")
    throw new Error(`${name}: this.${path} should be a layer`);
  return node as LayerLike;
}

/**
 * `new layerClass(...args)`, applied once, its parts' weights set, applied again.
 *
 * @returns what `layer.apply(inputs, kwargs)` returns: a tensor or a list of tensors
 */
export function runLayer(layerClass: unknown, name: string, c: LayerCase): unknown {
  const Cls = layerClass as new (...args: number[]) => tf.layers.Layer;
  const layer = new Cls(...c.args);
  if (!(layer instanceof tf.layers.Layer)) throw new Error(`${name} should extend tf.layers.Layer`);
  tf.dispose(layer.apply(c.inputs, c.kwargs) as tf.Tensor | tf.Tensor[]);
  for (const [path, weights] of c.weights) partAt(layer, name, path).setWeights(weights);
  return layer.apply(c.inputs, c.kwargs);
}
