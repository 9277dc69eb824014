import type * as tf from "@tensorflow/tfjs";

/** Halves the variable in place; returns the sum of its new value. */
export function halveStep(v: tf.Variable): number {
  v.assign(v.mul(0.5));
  return v.sum().dataSync()[0]!;
}
