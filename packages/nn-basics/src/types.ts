/**
 * The shapes of the plain objects Course 1 functions pass around. Shared by
 * exercises and solutions, so a stub and its solution have one signature.
 */
import type * as tf from "@tensorflow/tfjs";

/** Parameters keyed like the notebook: `W1` [n1, n0], `b1` [n1, 1], `W2`, `b2`, … */
export type Parameters = Record<string, tf.Tensor>;

/** Gradients keyed like the notebook: `dW1`, `db1`, … (and `dA0`, … in assignment 04). */
export type Grads = Record<string, tf.Tensor>;

/** What `linearForward` remembers for the backward pass. */
export interface LinearCache {
  /** activations of the previous layer, [n_prev, m] */
  A: tf.Tensor;
  /** weights, [n, n_prev] */
  W: tf.Tensor;
  /** bias, [n, 1] */
  b: tf.Tensor;
}

/** What `linearActivationForward` remembers: the linear cache and Z (the activation's input). */
export interface LinearActivationCache {
  linearCache: LinearCache;
  /** Z, [n, m] */
  activationCache: tf.Tensor;
}

/** The two activations of assignment 04. */
export type Activation = "sigmoid" | "relu";
