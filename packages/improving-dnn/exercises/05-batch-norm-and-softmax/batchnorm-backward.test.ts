import { expectClose, expectGradients, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import type { BatchnormCache } from "../../src/batchnorm-cache.ts";
import { batchnormBackward } from "./batchnorm-backward.ts";

const EPSILON = 1e-8;

/** out = γ (Z − μ) / sqrt(σ² + ε) + β with the batch's μ and σ² (1/m), written out here. */
function forward(Z: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor {
  const { mean, variance } = tf.moments(Z, 1, true);
  return Z.sub(mean).div(variance.add(EPSILON).sqrt()).mul(gamma).add(beta);
}

/** The cache batchnormForward would hand over in train mode. */
function cacheOf(Z: tf.Tensor, gamma: tf.Tensor): BatchnormCache {
  const { mean, variance } = tf.moments(Z, 1, true);
  const ZNorm = Z.sub(mean).div(variance.add(EPSILON).sqrt());
  return { Z, mu: mean, sigma2: variance, ZNorm, gamma, epsilon: EPSILON };
}

describe("batchnormBackward", () => {
  it("gives dZ, dgamma and dbeta of the seed-2 layer", () => {
    // numpy reference:
    //   np.random.seed(2); Z = randn(3, 4); g = randn(3, 1); b = randn(3, 1); dOut = randn(3, 4)
    //   mu = Z.mean(1, keepdims=True); s2 = Z.var(1, keepdims=True); s = np.sqrt(s2 + 1e-8)
    //   Zn = (Z - mu) / s; dZn = dOut * g
    //   dZ = (4 * dZn - dZn.sum(1, keepdims=True) - Zn * (dZn * Zn).sum(1, keepdims=True)) / (4 * s)
    //   dg = (dOut * Zn).sum(1, keepdims=True); db = dOut.sum(1, keepdims=True)
    // (dZ agrees with central differences of (dOut * out).sum() to 2e-10)
    const [Z, gamma, , dOut] = randnSequence(2, [
      [3, 4],
      [3, 1],
      [3, 1],
      [3, 4],
    ]);
    const got = batchnormBackward(dOut!, cacheOf(Z!, gamma!));
    expectClose("dZ", got.dZ, [
      [-0.008303937, 0.012808883, -0.001231129, -0.003273818],
      [-0.504647202, 0.871928424, -0.35950731, -0.007773911],
      [0.179637309, -0.050711983, -0.252461741, 0.123536416],
    ]);
    expectClose("dgamma", got.dgamma, [[1.118950655], [-0.716868571], [1.008698596]]);
    expectClose("dbeta", got.dbeta, [[-1.773387762], [-1.307214594], [-3.399979722]]);
  });

  test.prop([fc.integer({ min: 1, max: 4 }), fc.integer({ min: 3, max: 6 }), fc.nat(100)])(
    "agrees with tf.grad of Σ dOut ⊙ out through the batch's μ and σ², each gradient shaped like its variable",
    (n, m, seed) => {
      const [Z, gamma, beta, dOut] = randnSequence(seed, [
        [n, m],
        [n, 1],
        [n, 1],
        [n, m],
      ]);
      const got = batchnormBackward(dOut!, cacheOf(Z!, gamma!));
      const J = (z: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => forward(z, g, b).mul(dOut!).sum();
      const [gZ, gGamma, gBeta] = tf.grads(J)([Z!, gamma!, beta!]);
      expect(got.dZ.shape).toEqual([n, m]);
      expect(got.dgamma.shape).toEqual([n, 1]);
      expect(got.dbeta.shape).toEqual([n, 1]);
      expectGradients("batchnormBackward", { dZ: { actual: got.dZ, oracle: gZ! } }, "autodiff", {
        threshold: 1e-4,
      });
      expectGradients(
        "batchnormBackward",
        {
          dgamma: { actual: got.dgamma, oracle: gGamma! },
          dbeta: { actual: got.dbeta, oracle: gBeta! },
        },
        "autodiff",
      );
    },
  );

  test.prop([fc.integer({ min: 1, max: 4 }), fc.integer({ min: 3, max: 6 }), fc.nat(100)])(
    "gives a dZ whose rows sum to 0: shifting a whole row of Z does not change out",
    (n, m, seed) => {
      const [Z, gamma, dOut] = randnSequence(seed, [
        [n, m],
        [n, 1],
        [n, m],
      ]);
      const { dZ } = batchnormBackward(dOut!, cacheOf(Z!, gamma!));
      expectClose("row sums of dZ", dZ.sum(1), tf.zeros([n]), { atol: 1e-4 });
    },
  );
});
