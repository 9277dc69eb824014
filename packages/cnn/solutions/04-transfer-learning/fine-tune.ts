import * as tf from "@tensorflow/tfjs";
import { binaryCrossentropyFromLogits } from "../../src/logit-loss.ts";
import { BASE_NAME } from "../../src/tiny-mobilenet.ts";

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
  const baseModel = model.getLayer(BASE_NAME) as tf.LayersModel;
  baseModel.trainable = true;
  for (const layer of baseModel.layers.slice(0, fineTuneAt)) layer.trainable = false;
  model.compile({
    loss: binaryCrossentropyFromLogits,
    optimizer: tf.train.adam(0.1 * baseLearningRate),
    metrics: ["accuracy"],
  });
}
