/**
 * What the style-transfer notebook keeps in globals, as given code: the feature extractor
 * (VGG19 there; a small VGG-style network with seeded random weights here, see mini-vgg.ts),
 * the layers whose activations define style and content, and the shape of a training step's
 * context. Random convolution features are known to carry texture, so the transfer still shows.
 */
import * as tf from "@tensorflow/tfjs";

/** `[layer name, weight]` per style layer, the notebook's STYLE_LAYERS (weights sum to 1). */
export type StyleLayers = [string, number][];

/** Every convolution of mini-VGG at 0.2, as the notebook weighs block1..5_conv1. */
export const STYLE_LAYERS: StyleLayers = [
  ["conv1", 0.2],
  ["conv2", 0.2],
  ["conv3", 0.2],
  ["conv4", 0.2],
  ["conv5", 0.2],
];

/** The layer whose activations define content (the notebook's block5_conv4). */
export const CONTENT_LAYER = "conv5";

/**
 * The notebook's `get_layer_outputs(vgg, STYLE_LAYERS + [content_layer])`: a model from an
 * image [1, H, W, 3] to the activations of every style layer, then the content layer's
 * (the last output), each [1, n_H, n_W, n_C].
 */
export function layerOutputs(
  vgg: tf.LayersModel,
  styleLayers: StyleLayers = STYLE_LAYERS,
  contentLayer: string = CONTENT_LAYER,
): (image: tf.Tensor) => tf.Tensor[] {
  const names = [...styleLayers.map(([name]) => name), contentLayer];
  // a tfjs model answers null for an output listed twice (the content layer may be a style
  // layer too), so each layer is an output once and the list is rebuilt from them
  const unique = [...new Set(names)];
  const model = tf.model({
    inputs: vgg.inputs,
    outputs: unique.map((name) => vgg.getLayer(name).output as tf.SymbolicTensor),
  });
  return (image) => {
    const outputs = model.apply(image) as tf.Tensor | tf.Tensor[];
    const list = Array.isArray(outputs) ? outputs : [outputs];
    return names.map((name) => list[unique.indexOf(name)]!);
  };
}

/** What `trainStep` needs besides the image, as the notebook's globals. */
export interface StyleTransferContext {
  /** image [1, H, W, 3] → style layers' activations, then the content layer's */
  encoder: (image: tf.Tensor) => tf.Tensor[];
  /** encoder(style image): the style targets are all but the last */
  aS: tf.Tensor[];
  /** encoder(content image): the content target is the last */
  aC: tf.Tensor[];
  /** the notebook's tf.optimizers.Adam(learning_rate=0.01) */
  optimizer: tf.Optimizer;
  styleLayers: StyleLayers;
}
