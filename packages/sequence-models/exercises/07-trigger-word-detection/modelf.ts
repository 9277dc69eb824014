import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: Conv1D → BN → ReLU → Dropout → GRU → Dropout → BN → GRU → Dropout → BN → Dropout → TimeDistributed(Dense(1, sigmoid)).
  throw new NotImplemented("modelf");
}
