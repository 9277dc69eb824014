import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { randomFlip, randomRotation } from "../../src/augmentation.ts";

/**
 * The notebook's data augmentation: a Sequential model that flips images left-right at random
 * and rotates them by up to ±0.2 of a turn, while training only (identity at prediction).
 *
 * tfjs's Sequential needs its input shape up front (Keras infers it at the first call), hence
 * the trailing `imageShape`.
 *
 * @param imageShape [n_H, n_W, 3] of the images it will augment (the notebook's 160×160)
 * @returns a tf.Sequential, [m, n_H, n_W, 3] → [m, n_H, n_W, 3]
 */
export function dataAugmenter(imageShape: [number, number, number] = [160, 160, 3]): tf.Sequential {
  // TODO: tf.sequential() with randomFlip({ mode: "horizontal", inputShape: imageShape }) and
  // randomRotation({ factor: 0.2 }) from ../../src/augmentation.ts.
  throw new NotImplemented("dataAugmenter");
}
