import * as tf from "@tensorflow/tfjs";
import { STYLE_LAYERS, type StyleLayers } from "../../src/style-transfer.ts";
import { computeLayerStyleCost } from "./compute-layer-style-cost.ts";

/**
 * The style cost over several layers: Σ_l λ_l · J_style(l), the weights λ_l from styleLayers.
 *
 * @param styleImageOutput the encoder's outputs on the style image: one per style layer, then
 *   the content layer's (the last, not used here)
 * @param generatedImageOutput the same for the generated image
 * @param styleLayers `[name, weight]` per style layer, in the outputs' order
 * @returns J_style, a scalar tensor
 */
export function computeStyleCost(
  styleImageOutput: tf.Tensor[],
  generatedImageOutput: tf.Tensor[],
  styleLayers: StyleLayers = STYLE_LAYERS,
): tf.Scalar {
  const aS = styleImageOutput.slice(0, -1);
  const aG = generatedImageOutput.slice(0, -1);
  return tf.tidy(() =>
    styleLayers.reduce(
      (J, [, weight], i) =>
        J.add(computeLayerStyleCost(aS[i] as tf.Tensor4D, aG[i] as tf.Tensor4D).mul(weight)),
      tf.scalar(0),
    ),
  );
}
