import * as tf from "@tensorflow/tfjs";
import type { FineTuneSetup } from "../../src/fine-tuning.ts";
import { baseOf } from "../../src/fine-tuning.ts";
import { binaryCrossentropyFromLogits } from "../../src/logit-loss.ts";

/**
 * The notebook's fine-tuning cell, as an answer instead of an edit in place: which layers of
 * the base train (those from `fineTuneAt` on; those before it keep their pretrained weights),
 * and the recompilation: binary cross-entropy from logits, Adam at a tenth of the base learning
 * rate, accuracy. `applyFineTune(model, setup)` (src/fine-tuning.ts) then does what the cell
 * does: base trainable, layer flags, model.compile.
 *
 * @param model alpacaModel(...): its base is `baseOf(model)`, the layer named "tiny_mobilenet"
 * @param fineTuneAt index into the base's layers (its input layer is 0) of the first layer that trains
 * @param baseLearningRate the learning rate the head was trained with
 * @returns { trainable: one flag per base layer, loss, optimizer, metrics }
 */
export function fineTune(
  model: tf.LayersModel,
  fineTuneAt = 12,
  baseLearningRate = 0.001,
): FineTuneSetup {
  const baseModel = baseOf(model);
  const trainable = baseModel.layers.map((_, i) => i >= fineTuneAt);
  return {
    trainable,
    loss: binaryCrossentropyFromLogits,
    optimizer: tf.train.adam(0.1 * baseLearningRate),
    metrics: ["accuracy"],
  };
}
