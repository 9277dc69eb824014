import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import type { DropoutCache } from "../../src/dropout.ts";
import { forwardPropagation } from "../../src/three-layer-net.ts";
import type { Parameters } from "../../src/types.ts";
import { backwardPropagation } from "../../testing/three-layer-oracle.ts";
import { backwardPropagationWithDropout } from "./backward-propagation-with-dropout.ts";

const NAMES = ["W1", "b1", "W2", "b2", "W3", "b3"];

/** X [n0, m] then W1, b1, W2, b2, W3, b3 of a [n0, n1, n2, 1] network, from one seed. */
function draw(seed: number, [n0, n1, n2]: number[], m: number) {
  const [X, ...ps] = randnSequence(seed, [
    [n0!, m],
    [n1!, n0!],
    [n1!, 1],
    [n2!, n1!],
    [n2!, 1],
    [1, n2!],
    [1, 1],
  ]);
  const parameters: Parameters = Object.fromEntries(NAMES.map((k, i) => [k, ps[i]!]));
  return { X: X!, parameters };
}

/** The forward pass with the given masks (what forwardPropagationWithDropout computes). */
function maskedForward(
  X: tf.Tensor,
  p: Parameters,
  D1: tf.Tensor,
  D2: tf.Tensor,
  keepProb: number,
): DropoutCache {
  const Z1 = tf.matMul(p.W1!, X).add(p.b1!);
  const A1 = tf.relu(Z1).mul(D1).div(keepProb);
  const Z2 = tf.matMul(p.W2!, A1).add(p.b2!);
  const A2 = tf.relu(Z2).mul(D2).div(keepProb);
  const Z3 = tf.matMul(p.W3!, A2).add(p.b3!);
  const A3 = tf.sigmoid(Z3);
  const { W1, b1, W2, b2, W3, b3 } = p;
  return { Z1, D1, A1, W1: W1!, b1: b1!, Z2, D2, A2, W2: W2!, b2: b2!, Z3, A3, W3: W3!, b3: b3! };
}

/** A 0/1 mask [n, m] keeping each unit with probability keepProb. */
function mask(rng: RandomState, n: number, m: number, keepProb: number) {
  return tf.tensor2d(
    Float32Array.from(rng.rand(n, m), (u) => (u < keepProb ? 1 : 0)),
    [n, m],
  );
}

/**
 * The cross-entropy of A3 = σ(Z3) written on Z3: −y log σ(z) − (1 − y) log(1 − σ(z)) =
 * softplus(z) − y·z. The same cost, but float32 keeps its gradient exact where σ saturates.
 */
const logitCrossEntropy = (Z3: tf.Tensor, Y: tf.Tensor) => tf.softplus(Z3).sub(Y.mul(Z3)).mean();

describe("backwardPropagationWithDropout", () => {
  it("matches the notebook: dA1 and dA2 for keepProb = 0.8", () => {
    // backward_propagation_with_dropout_test_case: np.random.seed(1), X = randn(3, 5), and a
    // cache the notebook wrote out: the forward pass of the W1 … b3 drawn next, with these
    // masks and keep_prob = 0.5. It then calls the backward pass with keep_prob = 0.8.
    const { X, parameters } = draw(1, [3, 2, 3], 5);
    const Y = tf.tensor2d([[1, 1, 0, 1, 0]]);
    const D1 = tf.tensor2d([
      [1, 0, 1, 1, 1],
      [1, 1, 1, 1, 0],
    ]);
    const D2 = tf.tensor2d([
      [1, 0, 1, 0, 1],
      [0, 1, 0, 1, 1],
      [0, 0, 1, 0, 0],
    ]);
    const cache = maskedForward(X, parameters, D1, D2, 0.5);
    const grads = backwardPropagationWithDropout(X, Y, cache, 0.8);
    expectClose("dA1", grads.dA1, [
      [0.36544439, 0, -0.00188233, 0, -0.17408748],
      [0.65515713, 0, -0.00337459, 0, 0],
    ]);
    expectClose("dA2", grads.dA2, [
      [0.58180856, 0, -0.00299679, 0, -0.27715731],
      [0, 0.53159854, 0, 0.53159854, -0.34089673],
      [0, 0, -0.00292733, 0, 0],
    ]);
  });

  test.prop(
    [
      fc.tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
      ),
      fc.integer({ min: 1, max: 6 }),
      fc.double({ min: 0.3, max: 1, noNaN: true }),
      fc.nat(1000),
    ],
    { numRuns: 40 },
  )(
    "agrees with tf.grad of the cross-entropy of the forward pass with the cache's masks held fixed",
    (dims, m, keepProb, seed) => {
      const { X, parameters } = draw(seed, dims, m);
      const rng = new RandomState(seed + 1);
      const D1 = mask(rng, dims[1], m, keepProb);
      const D2 = mask(rng, dims[2], m, keepProb);
      const Y = tf.tensor2d(
        Float32Array.from(rng.rand(m), (u) => (u < 0.5 ? 1 : 0)),
        [1, m],
      );
      const cache = maskedForward(X, parameters, D1, D2, keepProb);
      const grads = backwardPropagationWithDropout(X, Y, cache, keepProb);
      const J = (...ps: tf.Tensor[]) => {
        const p = Object.fromEntries(NAMES.map((k, i) => [k, ps[i]!]));
        return logitCrossEntropy(maskedForward(X, p, D1, D2, keepProb).Z3, Y);
      };
      const oracle = tf.grads(J)(NAMES.map((k) => parameters[k]!));
      // float32: a sum over a few examples may cancel to almost nothing, hence the atol
      NAMES.forEach((k, i) => {
        expectClose(`d${k}`, grads[`d${k}`], oracle[i]!, { rtol: 1e-3, atol: 1e-6 });
      });
    },
  );

  test.prop([fc.integer({ min: 1, max: 6 }), fc.nat(1000)])(
    "with keepProb = 1 and masks of ones it is the plain backward pass",
    (m, seed) => {
      const { X, parameters } = draw(seed, [2, 4, 3], m);
      const Y = tf.tensor2d(
        Float32Array.from(new RandomState(seed).rand(m), (u) => (u < 0.5 ? 1 : 0)),
        [1, m],
      );
      const { cache } = forwardPropagation(X, parameters);
      const withMasks = { ...cache, D1: tf.onesLike(cache.A1), D2: tf.onesLike(cache.A2) };
      const plain = backwardPropagation(X, Y, cache);
      const grads = backwardPropagationWithDropout(X, Y, withMasks, 1);
      for (const [k, g] of Object.entries(plain)) expectClose(k, grads[k], g);
    },
  );
});
