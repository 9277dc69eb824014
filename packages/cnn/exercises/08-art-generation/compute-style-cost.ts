import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: leave out the last output of each list (it is the content layer's); for each style layer
  // i add weight_i · computeLayerStyleCost(a_S[i], a_G[i]).
  throw new NotImplemented("computeStyleCost");
}
