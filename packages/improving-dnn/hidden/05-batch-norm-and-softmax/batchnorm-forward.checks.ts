import {
  between,
  type CheckContext,
  defineChecks,
  expectAllClose,
  expectNumber,
  expectTensors,
  normal,
  uniform,
} from "@dlc/grader/checks";
import { expectClose, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import * as fc from "fast-check";
import { batchnormForward } from "../../solutions/05-batch-norm-and-softmax/batchnorm-forward.ts";
import type { BatchnormState } from "../../src/batchnorm-cache.ts";
import { bnLayer, hinted, runningStats } from "./data.ts";

const what = "batchnormForward(Z, gamma, beta, state)";

/** ε and momentum as a caller might pass them: the defaults, or values far from them. */
function options(rng: RandomState, i: number): Pick<BatchnormState, "momentum" | "epsilon"> {
  if (i === 0) return {};
  return { momentum: uniform(rng, [1], 0.5, 0.99).dataSync()[0]!, epsilon: [1e-3, 0.1][i % 2]! };
}

async function referenceCheck({ call, rng, input }: CheckContext, mode: "train" | "inference") {
  for (let i = 0; i < 3; i++) {
    const [n, m] = [between(rng, 1, 4), between(rng, 3, 8)];
    const { Z, gamma, beta } = bnLayer(rng, n, m);
    const state: BatchnormState = { mode, ...runningStats(rng, n), ...options(rng, i) };
    input("Z", Z);
    input("gamma", gamma);
    input("beta", beta);
    input("state", state);
    const actual = await call(Z, gamma, beta, state);
    const expected = batchnormForward(Z, gamma, beta, state);
    expectTensors(what, actual, { out: [n, m], runningMean: [n, 1], runningVar: [n, 1] });
    if (mode === "train") {
      await hinted(
        "train mode: μ and σ² of each row of this batch, σ² with 1/m (not 1/(m − 1)), ε under the square root: (Z − μ) / sqrt(σ² + ε)",
        () => {
          expectAllClose(`${what}.cache`, actual.cache, {
            mu: expected.cache.mu,
            sigma2: expected.cache.sigma2,
            ZNorm: expected.cache.ZNorm,
          });
          expectClose(`${what}.out`, actual.out, expected.out);
        },
      );
      await hinted(
        "the running statistics are exponentially weighted averages: momentum·running + (1 − momentum)·batch",
        () =>
          expectAllClose(what, actual, {
            runningMean: expected.runningMean,
            runningVar: expected.runningVar,
          }),
      );
    } else {
      await hinted(
        "inference mode normalizes with state.runningMean and state.runningVar, not with the batch's own μ and σ², and returns them unchanged",
        () =>
          expectAllClose(what, actual, {
            out: expected.out,
            runningMean: expected.runningMean,
            runningVar: expected.runningVar,
          }),
      );
    }
  }
}

export default defineChecks("batchnormForward", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns out [n, m], runningMean and runningVar [n, 1], and the cache batchnormBackward reads, with the reference's values",
    async run({ call, rng }) {
      const { Z, gamma, beta } = bnLayer(rng, 3, 5);
      const state: BatchnormState = { mode: "train", ...runningStats(rng, 3) };
      const actual = await call(Z, gamma, beta, state);
      expectTensors(what, actual, { out: [3, 5], runningMean: [3, 1], runningVar: [3, 1] });
      expectTensors(`${what}.cache`, actual.cache, {
        Z: [3, 5],
        mu: [3, 1],
        sigma2: [3, 1],
        ZNorm: [3, 5],
        gamma: [3, 1],
      });
      expectNumber(`${what}.cache.epsilon`, actual.cache.epsilon);
      // shapes alone are met by zeros: the values too
      const expected = batchnormForward(Z, gamma, beta, state);
      const { out, runningMean, runningVar } = expected;
      expectAllClose(what, actual, { out, runningMean, runningVar }, { rtol: 1e-4, atol: 1e-5 });
      const { mu, sigma2, ZNorm } = expected.cache;
      expectAllClose(
        `${what}.cache`,
        actual.cache,
        { mu, sigma2, ZNorm },
        { rtol: 1e-4, atol: 1e-5 },
      );
    },
  },
  {
    id: "train-matches-reference",
    kind: "reference",
    points: 3,
    description:
      "train mode: normalizes with the batch's μ and σ² (1/m), scales by γ, shifts by β and updates the running statistics",
    run: (ctx) => referenceCheck(ctx, "train"),
  },
  {
    id: "inference-matches-reference",
    kind: "reference",
    points: 2,
    description: "inference mode: normalizes with the running statistics and leaves them unchanged",
    run: (ctx) => referenceCheck(ctx, "inference"),
  },
  {
    id: "train-output-mean-beta-variance-gamma2",
    kind: "property",
    points: 1,
    description:
      "train mode gives each row of out mean β and variance γ², whatever the mean and scale of Z",
    async run({ call, property }) {
      await property(
        fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 3, max: 8 }), fc.nat()),
        async ([n, m, seed]) => {
          const { Z, gamma, beta } = bnLayer(new RandomState(seed), n, m);
          const actual = await call(Z, gamma, beta, {
            mode: "train",
            runningMean: tf.zeros([n, 1]),
            runningVar: tf.ones([n, 1]),
          });
          expectTensors(what, actual, { out: [n, m] });
          const { mean, variance } = tf.moments(actual.out!, 1, true);
          await hinted(
            "out = γ ⊙ (Z − μ) / sqrt(σ² + ε) + β with μ and σ² (1/m) of each row",
            () => {
              expectClose(`${what}: row means of out`, mean, beta, { atol: 1e-4 });
              expectClose(`${what}: row variances of out`, variance, gamma.square(), {
                rtol: 1e-3,
                atol: 1e-4,
              });
            },
          );
        },
        { numRuns: 10 },
      );
    },
  },
  {
    id: "running-statistics-update",
    kind: "property",
    points: 1,
    description:
      "train mode moves the running statistics by momentum·running + (1 − momentum)·batch, for any momentum",
    async run({ call, rng }) {
      for (const momentum of [0.9, 0.5, 0.99]) {
        const [n, m] = [between(rng, 1, 4), between(rng, 2, 8)];
        const { Z, gamma, beta } = bnLayer(rng, n, m);
        const { runningMean, runningVar } = runningStats(rng, n);
        const actual = await call(Z, gamma, beta, {
          mode: "train",
          runningMean,
          runningVar,
          momentum,
        });
        expectTensors(what, actual, { runningMean: [n, 1], runningVar: [n, 1] });
        const batch = tf.moments(Z, 1, true);
        await hinted(
          `with momentum ${momentum}, the old running value keeps the weight ${momentum} and the batch's gets ${Number((1 - momentum).toFixed(2))}`,
          () =>
            expectAllClose(what, actual, {
              runningMean: runningMean.mul(momentum).add(batch.mean.mul(1 - momentum)),
              runningVar: runningVar.mul(momentum).add(batch.variance.mul(1 - momentum)),
            }),
        );
      }
    },
  },
  {
    id: "inference-differs-from-train",
    kind: "property",
    points: 1,
    description:
      "at test time a batch whose statistics differ from the running ones is not re-centred",
    async run({ call, rng }) {
      const [n, m] = [between(rng, 2, 4), between(rng, 3, 6)];
      const gamma = tf.ones([n, 1]);
      const beta = tf.zeros([n, 1]);
      const Z = normal(rng, [n, m]).add(5);
      const state = { runningMean: tf.zeros([n, 1]), runningVar: tf.ones([n, 1]) };
      const actual = await call(Z, gamma, beta, { mode: "inference", ...state });
      expectTensors(what, actual, { out: [n, m] });
      await hinted(
        "with runningMean 0, runningVar 1, γ = 1 and β = 0, inference must return Z itself (about 5 here), not Z normalized by its own batch",
        () => expectClose(`${what}.out`, actual.out, Z, { atol: 1e-3 }),
      );
    },
  },
  {
    id: "constant-row",
    kind: "reference",
    points: 1,
    description:
      "a unit whose pre-activations do not vary over the batch (σ² = 0) gives out = β in train mode, not NaN: ε is under the root",
    async run({ call, rng, input }) {
      // integers over a power-of-two m: the batch mean is exact, so σ² is exactly 0
      const m = 2 ** between(rng, 2, 4);
      const constant = between(rng, -5, 5);
      const varied = Array.from({ length: m }, () => between(rng, -9, 9));
      const Z = tf.tensor2d([...Array(m).fill(constant), ...varied], [2, m]);
      const gamma = normal(rng, [2, 1]);
      const beta = normal(rng, [2, 1]);
      const state: BatchnormState = { mode: "train", ...runningStats(rng, 2) };
      input("Z", Z);
      input("state", state);
      const actual = await call(Z, gamma, beta, state);
      const expected = batchnormForward(Z, gamma, beta, state);
      expectTensors(what, actual, { out: [2, m], runningMean: [2, 1], runningVar: [2, 1] });
      await hinted(
        "a row with σ² = 0 must give (Z − μ) / sqrt(0 + ε) = 0, then out = β: divide by sqrt(σ² + ε), never by sqrt(σ²) alone (0/0 is NaN)",
        () => {
          expectClose(`${what}.out`, actual.out, expected.out, { rtol: 1e-4, atol: 1e-5 });
          expectClose(`${what}.runningVar`, actual.runningVar, expected.runningVar, {
            rtol: 1e-5,
            atol: 1e-7,
          });
        },
      );
    },
  },
]);
