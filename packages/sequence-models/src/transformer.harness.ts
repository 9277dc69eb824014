/**
 * Given code that runs a student's Transformer layer class inside the sandbox (a layer cannot
 * cross it): builds the layer, loads the given weights into its sub-layers by their notebook
 * names and answers with its output on the given input, in inference mode (dropout off).
 */
import * as tf from "@tensorflow/tfjs";

/** EncoderLayer's sub-layers that hold weights, by the notebook's names. */
export const ENCODER_LAYER_PARTS = ["mha", "ffn", "layernorm1", "layernorm2"] as const;

export interface EncoderLayerCase {
  embeddingDim: number;
  numHeads: number;
  fullyConnectedDim: number;
  /** each part's weights, in its getWeights() order */
  weights: Record<(typeof ENCODER_LAYER_PARTS)[number], tf.Tensor[]>;
  /** [b, T, embeddingDim] */
  x: tf.Tensor;
  /** null or 1 = keep / 0 = masked, broadcastable to [b, T, T] */
  mask: tf.Tensor | null;
}

type LayerLike = {
  apply(x: tf.Tensor, kwargs: object): unknown;
  setWeights(w: tf.Tensor[]): void;
};

/**
 * `new EncoderLayerClass(embeddingDim, numHeads, fullyConnectedDim)`, applied once to build
 * it, its parts' weights set, then applied to x with `{ training: false, mask }`.
 *
 * @returns the output, [b, T, embeddingDim]
 */
export function runEncoderLayer(encoderLayerClass: unknown, c: EncoderLayerCase): tf.Tensor {
  const Cls = encoderLayerClass as new (d: number, h: number, ff: number) => LayerLike;
  const layer = new Cls(c.embeddingDim, c.numHeads, c.fullyConnectedDim);
  if (!(layer instanceof tf.layers.Layer))
    throw new Error("EncoderLayer should extend tf.layers.Layer");
  const kwargs = { training: false, mask: c.mask };
  tf.dispose(layer.apply(c.x, kwargs) as tf.Tensor);
  for (const part of ENCODER_LAYER_PARTS) {
    const sub = (layer as unknown as Record<string, LayerLike | undefined>)[part];
    if (typeof sub?.setWeights !== "function")
      throw new Error(`EncoderLayer: this.${part} should be a layer (the notebook's self.${part})`);
    sub.setWeights(c.weights[part]);
  }
  return layer.apply(c.x, kwargs) as tf.Tensor;
}
