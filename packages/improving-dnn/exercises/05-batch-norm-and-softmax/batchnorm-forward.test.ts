import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { batchnormForward } from "./batchnorm-forward.ts";

/** Z [n, m], gamma [n, 1], beta [n, 1] drawn like numpy's `np.random.seed(seed); randn(…)` ×3. */
function layer(seed: number, n: number, m: number) {
  const [Z, gamma, beta] = randnSequence(seed, [
    [n, m],
    [n, 1],
    [n, 1],
  ]);
  return { Z: Z!, gamma: gamma!, beta: beta! };
}

// numpy reference (seed 1):
//   np.random.seed(1); Z = randn(3, 4); g = randn(3, 1); b = randn(3, 1)
//   mu = Z.mean(1, keepdims=True); s2 = Z.var(1, keepdims=True)
//   out = g * (Z - mu) / np.sqrt(s2 + 1e-8) + b
//   rm = 0.9 * 0 + 0.1 * mu; rv = 0.9 * 1 + 0.1 * s2
//   inference: g * (Z - rm) / np.sqrt(rv + 1e-8) + b
const trainOut = [
  [-1.647187846, -0.956348193, -0.982171525, -0.813857505],
  [-0.414779047, 0.369565736, -0.632577512, -0.011922008],
  [-0.475883316, -0.982359055, 0.542637071, -2.595828372],
];
const runningMean = [[-0.014713786], [-0.011313155], [-0.013209101]];
const runningVar = [[1.008909316], [1.140465495], [1.061902969]];

describe("batchnormForward", () => {
  it("train mode: normalizes with the batch's μ and σ² and updates the running statistics", () => {
    const { Z, gamma, beta } = layer(1, 3, 4);
    const got = batchnormForward(Z, gamma, beta, {
      mode: "train",
      runningMean: tf.zeros([3, 1]),
      runningVar: tf.ones([3, 1]),
    });
    expectClose("out", got.out, trainOut);
    expectClose("cache.mu", got.cache.mu, [[-0.147137856], [-0.113131551], [-0.132091013]]);
    expectClose("cache.sigma2 (1/m)", got.cache.sigma2, [
      [1.08909316],
      [2.404654946],
      [1.619029687],
    ]);
    expectClose("runningMean", got.runningMean, runningMean);
    expectClose("runningVar", got.runningVar, runningVar);
  });

  it("inference mode: normalizes with the running statistics and leaves them unchanged", () => {
    const { Z, gamma, beta } = layer(1, 3, 4);
    const got = batchnormForward(Z, gamma, beta, {
      mode: "inference",
      runningMean: tf.tensor2d(runningMean),
      runningVar: tf.tensor2d(runningVar),
    });
    expectClose("out", got.out, [
      [-1.626013635, -0.908246273, -0.935076153, -0.76020155],
      [-0.487720184, 0.651197457, -0.803977165, 0.097253412],
      [-0.512309956, -1.137689446, 0.745325332, -3.129947994],
    ]);
    expectClose("runningMean", got.runningMean, runningMean);
    expectClose("runningVar", got.runningVar, runningVar);
  });

  test.prop([fc.integer({ min: 1, max: 5 }), fc.integer({ min: 3, max: 8 }), fc.nat(100)])(
    "train mode gives each row mean β and variance γ², whatever the scale of Z",
    (n, m, seed) => {
      const { Z, gamma, beta } = layer(seed, n, m);
      const got = batchnormForward(Z.mul(50).add(-20), gamma, beta, {
        mode: "train",
        runningMean: tf.zeros([n, 1]),
        runningVar: tf.ones([n, 1]),
      });
      expect(got.out.shape).toEqual([n, m]);
      expect(got.cache.ZNorm.shape).toEqual([n, m]);
      const { mean, variance } = tf.moments(got.out, 1, true);
      expectClose("row means of out", mean, beta, { atol: 1e-4 });
      expectClose("row variances of out", variance, gamma.square(), { rtol: 1e-3, atol: 1e-4 });
    },
  );

  test.prop([
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 2, max: 8 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.nat(100),
  ])(
    "train mode moves the running statistics: momentum·running + (1 − momentum)·batch",
    (n, m, momentum, seed) => {
      const { Z, gamma, beta } = layer(seed, n, m);
      const [oldMean, oldVar] = randnSequence(seed + 1, [
        [n, 1],
        [n, 1],
      ]);
      const state = { runningMean: oldMean!, runningVar: oldVar!.abs(), momentum };
      const got = batchnormForward(Z, gamma, beta, { ...state, mode: "train" });
      const { mean, variance } = tf.moments(Z, 1, true);
      const expected = (old: tf.Tensor, batch: tf.Tensor) =>
        old.mul(momentum).add(batch.mul(1 - momentum));
      expectClose("runningMean", got.runningMean, expected(state.runningMean, mean));
      expectClose("runningVar", got.runningVar, expected(state.runningVar, variance));
    },
  );

  test.prop([fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }), fc.nat(100)])(
    "inference mode is γ (Z − runningMean) / sqrt(runningVar + ε) + β, the same for any batch",
    (n, m, seed) => {
      const { Z, gamma, beta } = layer(seed, n, m);
      const [rm, rv] = randnSequence(seed + 1, [
        [n, 1],
        [n, 1],
      ]);
      const state = { runningMean: rm!, runningVar: rv!.abs(), epsilon: 0.01 };
      const got = batchnormForward(Z, gamma, beta, { ...state, mode: "inference" });
      const expected = Z.sub(rm!).div(state.runningVar.add(0.01).sqrt()).mul(gamma).add(beta);
      expectClose("out", got.out, expected);
      expectClose("runningMean", got.runningMean, state.runningMean);
      expectClose("runningVar", got.runningVar, state.runningVar);
    },
  );
});
