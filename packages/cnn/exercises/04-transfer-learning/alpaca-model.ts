import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/**
 * The notebook's alpaca_model: a binary classifier on top of the pretrained base.
 * inputs → dataAugmentation → preprocess (pixels [0, 255] to [−1, 1], a Rescaling layer) →
 * the frozen base (trainable = false) → GlobalAveragePooling2D → Dropout(0.2) → Dense(1), one
 * logit per image (no activation: the loss takes logits).
 *
 * @param imageShape [n_H, n_W, 3] (the notebook's [160, 160, 3]; multiples of 8)
 * The notebook loads the base inside; here the caller passes it (`loadTinyMobileNet(imageShape)`
 * from src/pretrained.ts reads the shipped weights), since the grader's sandbox reads no files.
 *
 * @param dataAugmentation a model [m, n_H, n_W, 3] → [m, n_H, n_W, 3] (dataAugmenter(imageShape))
 * @param baseModel the pretrained base without its top (TinyMobileNet)
 * @returns the model, [m, n_H, n_W, 3] → [m, 1] logits
 */
export function alpacaModel(
  imageShape: [number, number, number],
  dataAugmentation: tf.LayersModel,
  baseModel: tf.LayersModel,
): tf.LayersModel {
  // TODO: freeze baseModel; tf.input → dataAugmentation → tf.layers.rescaling({ scale: 1 / 127.5,
  // offset: -1 }) → baseModel (training: false) → globalAveragePooling2d → dropout(0.2) →
  // dense(1) with no activation; tf.model({ inputs, outputs }).
  throw new NotImplemented("alpacaModel");
}
