import * as tf from "@tensorflow/tfjs";
import type { StyleTransferContext } from "../../src/style-transfer.ts";
import { computeContentCost } from "./compute-content-cost.ts";
import { computeStyleCost } from "./compute-style-cost.ts";
import { totalCost } from "./total-cost.ts";

/**
 * One step of neural style transfer: the total cost of the generated image (α = 10, β = 40),
 * its gradient with respect to the image, one optimizer step on the image, and the image
 * clipped back to [0, 1]. The notebook's train_step, with its globals in `context`.
 *
 * @param generatedImage the image being optimised, a tf.Variable [1, H, W, 3], updated in place
 * @param context the encoder, the style and content targets aS and aC, the optimizer, STYLE_LAYERS
 * @returns J before the step, as a number
 */
export function trainStep(generatedImage: tf.Variable, context: StyleTransferContext): number {
  const { encoder, aS, aC, optimizer, styleLayers } = context;
  const J = optimizer.minimize(
    () => {
      const aG = encoder(generatedImage);
      const JStyle = computeStyleCost(aS, aG, styleLayers);
      const JContent = computeContentCost(aC, aG);
      return totalCost(JContent, JStyle, 10, 40);
    },
    true,
    [generatedImage],
  )!;
  const cost = J.dataSync()[0]!;
  J.dispose();
  tf.tidy(() => generatedImage.assign(tf.clipByValue(generatedImage, 0, 1)));
  return cost;
}
