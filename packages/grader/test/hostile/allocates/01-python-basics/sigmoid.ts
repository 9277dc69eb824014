/**
 * Hostile fixture: allocates without end, outside the JS heap (typed arrays) and, once
 * those are refused, on the JS heap, keeping everything reachable.
 */
import type * as tf from "@tensorflow/tfjs";

const hoard: unknown[] = [];

export function sigmoid(_x: tf.Tensor): tf.Tensor {
  for (;;) {
    try {
      hoard.push(new Float64Array(1e7).fill(Math.random()));
    } catch {
      // the typed-array allocation was refused: fill the JS heap instead
      hoard.push(new Array<number>(1e7).fill(Math.random()));
    }
  }
}
