import * as tf from "@tensorflow/tfjs";

/**
 * The trigger-word model: Conv1D(196, 15, stride 4) → BatchNorm → ReLU → Dropout(0.8) →
 * GRU(128, sequences) → Dropout(0.8) → BatchNorm → GRU(128, sequences) → Dropout(0.8) →
 * BatchNorm → Dropout(0.8) → TimeDistributed(Dense(1, sigmoid)). Keras's Dropout(0.8) drops 80 %.
 *
 * @param inputShape [Tx, n_freq] of a spectrogram (the notebook's [5511, 101])
 * @param filters the convolution's filters (196 in the notebook; smaller builds it small)
 * @param units each GRU's units (128 in the notebook)
 * @returns the model, [m, Tx, n_freq] → [m, Ty, 1] with Ty = ⌊(Tx − 15)/4⌋ + 1 (1375)
 */
export function modelf(
  inputShape: [number, number] = [5511, 101],
  filters = 196,
  units = 128,
): tf.LayersModel {
  const xInput = tf.input({ shape: inputShape });
  const layers: tf.layers.Layer[] = [
    tf.layers.conv1d({ filters, kernelSize: 15, strides: 4 }),
    tf.layers.batchNormalization(),
    tf.layers.activation({ activation: "relu" }),
    tf.layers.dropout({ rate: 0.8 }),
    tf.layers.gru({ units, returnSequences: true, recurrentInitializer: "glorotUniform" }),
    tf.layers.dropout({ rate: 0.8 }),
    tf.layers.batchNormalization(),
    tf.layers.gru({ units, returnSequences: true, recurrentInitializer: "glorotUniform" }),
    tf.layers.dropout({ rate: 0.8 }),
    tf.layers.batchNormalization(),
    tf.layers.dropout({ rate: 0.8 }),
    tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 1, activation: "sigmoid" }) }),
  ];
  let X = xInput;
  for (const layer of layers) X = layer.apply(X) as tf.SymbolicTensor;
  return tf.model({ inputs: xInput, outputs: X });
}
