import type * as tf from "@tensorflow/tfjs";

// hostile: reports the sums a halving would give but never updates the variable
let calls = 0;
export function halveStep(v: tf.Variable): number {
  calls++;
  return v.sum().dataSync()[0]! * 0.5 ** calls;
}
