import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: with the optimizer, minimise the total cost (α = 10, β = 40) of encoder(generatedImage)
  // against aS and aC, over generatedImage only; then clip the image to [0, 1] in place (assign)
  // and return the cost as a number.
  throw new NotImplemented("trainStep");
}
