/**
 * Central differences step ε = 1e-2 across the inputs of every ReLU; where a
 * pre-activation Z is that close to 0 the kink spoils the numeric gradient of correct
 * code. Numeric gradient checks draw until every Z keeps this margin.
 */
import type * as tf from "@tensorflow/tfjs";

export const RELU_MARGIN = 0.1;

export function clearOfKinks(Zs: tf.Tensor[]): boolean {
  return Zs.every((Z) => (Z.abs().min().dataSync()[0] ?? 0) > RELU_MARGIN);
}
