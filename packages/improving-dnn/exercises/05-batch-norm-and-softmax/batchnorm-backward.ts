import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { BatchnormCache } from "../../src/batchnorm-cache.ts";

/**
 * The backward pass of batch norm in train mode (week 3 lecture "Fitting Batch Norm into a
 * Neural Network": backprop now also computes dγ and dβ).
 *
 * μ and σ² are functions of every example of the batch, so dZ has three parts: the direct
 * path through ZNorm, and the paths through μ and through σ². With dZNorm = dOut ⊙ γ and
 * s = sqrt(σ² + ε):
 * dZ = (1 / (m·s)) ⊙ (m·dZNorm − Σ dZNorm − ZNorm ⊙ Σ (dZNorm ⊙ ZNorm)), sums over the
 * examples (axis 1, kept). dγ = Σ dOut ⊙ ZNorm and dβ = Σ dOut: no 1/m, which dOut already
 * carries from the cost.
 *
 * @param dOut gradient of the cost with respect to out, [n, m]
 * @param cache from batchnormForward in train mode: Z [n, m], mu [n, 1], sigma2 [n, 1],
 *   ZNorm [n, m], gamma [n, 1], epsilon
 * @returns dZ [n, m], dgamma [n, 1], dbeta [n, 1]
 */
export function batchnormBackward(
  dOut: tf.Tensor,
  cache: BatchnormCache,
): { dZ: tf.Tensor; dgamma: tf.Tensor; dbeta: tf.Tensor } {
  // TODO: dgamma = Σ dOut·ZNorm, dbeta = Σ dOut, dZ through ZNorm, μ and σ² (sums over axis 1, kept).
  throw new NotImplemented("batchnormBackward");
}
