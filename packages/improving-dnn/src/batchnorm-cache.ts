/**
 * The types batch normalization passes around (assignment 05, the week 3 lecture "Batch
 * Norm"): the running statistics and options `batchnormForward` takes, and the cache it
 * hands to `batchnormBackward`. Shared by exercises and solutions, so a stub and its
 * solution have one signature.
 */
import type * as tf from "@tensorflow/tfjs";

/**
 * `"train"` normalizes a mini-batch with its own mean and variance and updates the running
 * statistics; `"inference"` (test time) normalizes with the running statistics and leaves
 * them as they are.
 */
export type BatchnormMode = "train" | "inference";

/**
 * What batch norm carries from one mini-batch to the next, and its options.
 *
 * The running statistics are the lecture's exponentially weighted averages of μ and σ²
 * across mini-batches, used at test time where there is no batch to average over. A new
 * layer starts them at zeros (mean) and ones (variance), as Keras does.
 */
export interface BatchnormState {
  mode: BatchnormMode;
  /** exponentially weighted average of the batch means, [n, 1] */
  runningMean: tf.Tensor;
  /** exponentially weighted average of the batch variances (1/m), [n, 1] */
  runningVar: tf.Tensor;
  /** β of the weighted average: running = momentum·running + (1 − momentum)·batch (default 0.9) */
  momentum?: number;
  /** added to σ² under the square root so a constant feature does not divide by 0 (default 1e-8) */
  epsilon?: number;
}

/**
 * What the forward pass remembers for the backward pass (train mode).
 * `ZNorm = (Z − mu) / sqrt(sigma2 + epsilon)`.
 */
export interface BatchnormCache {
  /** the layer's pre-activations, [n, m] */
  Z: tf.Tensor;
  /** the batch mean of each row, [n, 1] */
  mu: tf.Tensor;
  /** the batch variance of each row, with 1/m, [n, 1] */
  sigma2: tf.Tensor;
  /** Z normalized to mean 0 and variance 1 per row, [n, m] */
  ZNorm: tf.Tensor;
  /** the scale γ, [n, 1] */
  gamma: tf.Tensor;
  /** the ε used under the square root */
  epsilon: number;
}
