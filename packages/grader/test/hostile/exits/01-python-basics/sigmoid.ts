/** Hostile fixture: ends the sandbox process with a success code in the middle of a call. */
import * as tf from "@tensorflow/tfjs";

export function sigmoid(x: tf.Tensor): tf.Tensor {
  (globalThis as { process?: { exit(code: number): never } }).process?.exit(0);
  return tf.zerosLike(x);
}
