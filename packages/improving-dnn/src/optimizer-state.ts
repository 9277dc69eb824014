/**
 * The state the optimizers of assignment 04 carry from one step to the next, and the
 * mini-batch type. Shared by the stubs, the solutions and the given model, so they have
 * one signature.
 */
import type * as tf from "@tensorflow/tfjs";

/**
 * An exponentially weighted average of the gradients, keyed like the gradients: `dW1`
 * [n1, n0], `db1` [n1, 1], `dW2`, `db2`, … (the notebook's `v`, and Adam's `s` of the
 * squared gradients).
 */
export type Velocity = Record<string, tf.Tensor>;

/** Adam's two averages: `v` of the gradients, `s` of their squares, both keyed `dW1`, `db1`, … */
export interface AdamState {
  v: Velocity;
  s: Velocity;
}

/** One mini-batch, as the notebook's tuple `(mini_batch_X, mini_batch_Y)`: X [n_x, b], Y [1, b]. */
export type MiniBatch = [X: tf.Tensor, Y: tf.Tensor];
