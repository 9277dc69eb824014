/**
 * Given code for the fine-tuning step: what `fineTune` answers (which base layers train, the
 * loss, the optimizer) and `applyFineTune`, which does to a model what the notebook's cell does
 * in place: unfreeze the base, freeze the layers the setup says, recompile. Also a plain
 * classifier on the base, for trying fineTune without alpacaModel.
 */
import * as tf from "@tensorflow/tfjs";
import { BASE_NAME } from "./tiny-mobilenet.ts";

/** What fineTune answers: the recompilation, and one trainable flag per layer of the base. */
export interface FineTuneSetup {
  /** one per `baseModel.layers` (index 0 is its input layer): does that layer train? */
  trainable: boolean[];
  loss: string | ((yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Scalar);
  optimizer: tf.Optimizer;
  metrics: string[];
}

/** The model's base (the layer named BASE_NAME). */
export function baseOf(model: tf.LayersModel): tf.LayersModel {
  return model.getLayer(BASE_NAME) as tf.LayersModel;
}

/**
 * Applies a fine-tuning setup to `model`, as the notebook's cell does: the base trainable, then
 * each of its layers as `setup.trainable` says, then `model.compile` with the setup's loss,
 * optimizer and metrics (trainable flags take effect at compile).
 */
export function applyFineTune(model: tf.LayersModel, setup: FineTuneSetup): void {
  const base = baseOf(model);
  if (!Array.isArray(setup?.trainable) || setup.trainable.length !== base.layers.length)
    throw new Error(
      `fineTune should answer { trainable, loss, optimizer, metrics } with one trainable flag per base layer (${base.layers.length})`,
    );
  base.trainable = true;
  for (const [i, layer] of base.layers.entries()) layer.trainable = setup.trainable[i] === true;
  model.compile({ loss: setup.loss, optimizer: setup.optimizer, metrics: setup.metrics });
}

/**
 * input [H, W, 3] in [0, 255] → Rescaling to [−1, 1] → the frozen base → GlobalAveragePooling2D →
 * Dense(1): a logit per picture (alpacaModel without augmentation and dropout).
 */
export function classifierOn(base: tf.LayersModel): tf.LayersModel {
  base.trainable = false;
  const input = tf.input({ shape: base.inputs[0]!.shape.slice(1) as number[] });
  const scaled = tf.layers.rescaling({ scale: 1 / 127.5, offset: -1 }).apply(input);
  const pooled = tf.layers.globalAveragePooling2d({}).apply(base.apply(scaled));
  const output = tf.layers.dense({ units: 1 }).apply(pooled) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output });
}
