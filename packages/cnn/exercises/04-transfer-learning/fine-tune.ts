import { NotImplemented } from "@dlc/grader/check";
import type * as tf from "@tensorflow/tfjs";

/**
 * The notebook's fine-tuning cell: unfreeze the base, then freeze again every layer of the base
 * before `fineTuneAt` (those layers keep their pretrained weights), and recompile the model with
 * binary cross-entropy from logits, Adam at a tenth of the base learning rate, and accuracy.
 *
 * @param model alpacaModel(...): its base is the layer named BASE_NAME ("tiny_mobilenet")
 * @param fineTuneAt index into the base's layers (its input layer is 0) of the first layer that trains
 * @param baseLearningRate the learning rate the head was trained with
 */
export function fineTune(model: tf.LayersModel, fineTuneAt = 12, baseLearningRate = 0.001): void {
  // TODO: model.getLayer(BASE_NAME) (src/tiny-mobilenet.ts) is the base: trainable = true, then
  // freeze its layers before fineTuneAt; model.compile with binaryCrossentropyFromLogits
  // (src/logit-loss.ts), tf.train.adam(0.1 * baseLearningRate) and metrics ["accuracy"].
  throw new NotImplemented("fineTune");
}
