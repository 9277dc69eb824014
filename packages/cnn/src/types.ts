/**
 * Shapes the Course 4 step-by-step functions pass between them, as the notebook's tuples
 * and dicts. Tensors are NHWC: [m, n_H, n_W, n_C] (examples first, channels last).
 */
import type * as tf from "@tensorflow/tfjs";

/** `hparameters` of a convolution: `{ stride, pad }`. */
export interface ConvHparameters {
  stride: number;
  pad: number;
}

/** What `convForward` keeps for `convBackward`: its inputs (the notebook's tuple). */
export interface ConvCache {
  /** [m, n_H_prev, n_W_prev, n_C_prev] */
  APrev: tf.Tensor4D;
  /** [f, f, n_C_prev, n_C] */
  W: tf.Tensor4D;
  /** [1, 1, 1, n_C] */
  b: tf.Tensor4D;
  hparameters: ConvHparameters;
}

/** `hparameters` of a pooling layer: window size `f` and `stride` (no padding). */
export interface PoolHparameters {
  f: number;
  stride: number;
}

/** Max pooling keeps each window's largest value; average pooling its mean. */
export type PoolMode = "max" | "average";

/** What `poolForward` keeps for `poolBackward`. */
export interface PoolCache {
  /** [m, n_H_prev, n_W_prev, n_C] */
  APrev: tf.Tensor4D;
  hparameters: PoolHparameters;
}
