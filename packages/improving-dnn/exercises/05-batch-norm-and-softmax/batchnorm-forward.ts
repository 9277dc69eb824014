import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { BatchnormCache, BatchnormState } from "../../src/batchnorm-cache.ts";

/**
 * Batch norm of one layer's pre-activations (week 3 lectures "Normalizing Activations in a
 * Network", "Fitting Batch Norm into a Neural Network" and "Batch Norm at Test Time").
 *
 * Train mode: μ = (1/m) Σ Z and σ² = (1/m) Σ (Z − μ)² per row of the mini-batch,
 * ZNorm = (Z − μ) / sqrt(σ² + ε), out = γ ⊙ ZNorm + β (the lecture's Z̃), and the running
 * statistics move towards the batch's: running = momentum·running + (1 − momentum)·batch.
 * Inference mode: the same with the running mean and variance in place of μ and σ²; the
 * running statistics come back unchanged.
 *
 * @param Z pre-activations of the layer, [n, m] (no bias: β takes its place)
 * @param gamma scale γ, [n, 1]
 * @param beta shift β, [n, 1]
 * @param state mode, runningMean [n, 1], runningVar [n, 1], momentum (default 0.9), epsilon
 *   (default 1e-8)
 * @returns out [n, m], the cache for batchnormBackward (the statistics used: the batch's in
 *   train mode, the running ones in inference mode), runningMean [n, 1] and runningVar [n, 1]
 *   (new tensors in both modes, so the caller may dispose the old state)
 */
export function batchnormForward(
  Z: tf.Tensor,
  gamma: tf.Tensor,
  beta: tf.Tensor,
  state: BatchnormState,
): { out: tf.Tensor; cache: BatchnormCache; runningMean: tf.Tensor; runningVar: tf.Tensor } {
  // TODO: train: batch μ, σ² (1/m), ZNorm, out = γ·ZNorm + β, running stats updated; inference: the running stats instead.
  throw new NotImplemented("batchnormForward");
}
