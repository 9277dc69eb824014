/**
 * The shapes of the plain objects Course 2 functions pass around. Shared by exercises
 * and solutions, so a stub and its solution have one signature.
 */
import type * as tf from "@tensorflow/tfjs";

/** Parameters keyed like the notebooks: `W1` [n1, n0], `b1` [n1, 1], `W2`, `b2`, … */
export type Parameters = Record<string, tf.Tensor>;

/** Gradients keyed like the notebooks: `dW1`, `db1`, … (and `dZ1`, `dA1`, … where a backward returns them). */
export type Grads = Record<string, tf.Tensor>;

/**
 * What the three-layer network's forward pass remembers (the notebooks' tuple
 * `(Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)`), as an object: Zl and Al are
 * [n_l, m], Wl [n_l, n_{l−1}], bl [n_l, 1].
 */
export interface ThreeLayerCache {
  Z1: tf.Tensor;
  A1: tf.Tensor;
  W1: tf.Tensor;
  b1: tf.Tensor;
  Z2: tf.Tensor;
  A2: tf.Tensor;
  W2: tf.Tensor;
  b2: tf.Tensor;
  Z3: tf.Tensor;
  A3: tf.Tensor;
  W3: tf.Tensor;
  b3: tf.Tensor;
}

/** A 2-D data set split like the notebooks': X [2, m] coordinates, Y [1, m] labels 0/1. */
export interface Dataset2D {
  trainX: tf.Tensor2D;
  trainY: tf.Tensor2D;
  testX: tf.Tensor2D;
  testY: tf.Tensor2D;
}
