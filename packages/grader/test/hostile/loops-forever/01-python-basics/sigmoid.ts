/** Hostile fixture: never returns. */
import type * as tf from "@tensorflow/tfjs";

export function sigmoid(_x: tf.Tensor): tf.Tensor {
  while (true) {}
}
