/**
 * The course's relative error between two gradients:
 * `‖a − b‖₂ / (‖a‖₂ + ‖b‖₂)`, 0 when both are zero. Below 1e-7 is "float64
 * correct"; in float32 use the thresholds in `gradcheck`.
 */
import * as tf from "@tensorflow/tfjs";

export function relError(
  a: tf.Tensor | ArrayLike<number>,
  b: tf.Tensor | ArrayLike<number>,
): number {
  const x = a instanceof tf.Tensor ? a.dataSync() : a;
  const y = b instanceof tf.Tensor ? b.dataSync() : b;
  if (x.length !== y.length) {
    throw new RangeError(`relError: sizes differ (${x.length} vs ${y.length})`);
  }
  let diff = 0;
  let nx = 0;
  let ny = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i]! - y[i]!;
    diff += d * d;
    nx += x[i]! * x[i]!;
    ny += y[i]! * y[i]!;
  }
  const denom = Math.sqrt(nx) + Math.sqrt(ny);
  return denom === 0 ? 0 : Math.sqrt(diff) / denom;
}
