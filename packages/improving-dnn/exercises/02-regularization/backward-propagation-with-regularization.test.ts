import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import { forwardPropagation } from "../../src/three-layer-net.ts";
import type { Parameters } from "../../src/types.ts";
import { backwardPropagation } from "../../testing/three-layer-oracle.ts";
import { backwardPropagationWithRegularization } from "./backward-propagation-with-regularization.ts";

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
  const rng = new RandomState(seed + 1);
  const Y = tf.tensor2d(
    Float32Array.from(rng.rand(m), (u) => (u < 0.5 ? 1 : 0)),
    [1, m],
  );
  return { X: X!, Y, parameters };
}

/**
 * The cross-entropy of A3 = σ(Z3) written on Z3: −y log σ(z) − (1 − y) log(1 − σ(z)) =
 * softplus(z) − y·z. The same cost, but float32 keeps its gradient exact where σ saturates.
 */
const logitCrossEntropy = (Z3: tf.Tensor, Y: tf.Tensor) => tf.softplus(Z3).sub(Y.mul(Z3)).mean();

describe("backwardPropagationWithRegularization", () => {
  it("matches the notebook: dW1, dW2, dW3 for λ = 0.7", () => {
    // backward_propagation_with_regularization_test_case: np.random.seed(1), X = randn(3, 5),
    // then W1 … b3; its cache is the forward pass of those parameters
    const { X, parameters } = draw(1, [3, 2, 3], 5);
    const Y = tf.tensor2d([[1, 1, 0, 1, 0]]);
    const { cache } = forwardPropagation(X, parameters);
    const grads = backwardPropagationWithRegularization(X, Y, cache, 0.7);
    expectClose("dW1", grads.dW1, [
      [-0.25604646, 0.12298827, -0.28297129],
      [-0.17706303, 0.34536094, -0.4410571],
    ]);
    expectClose("dW2", grads.dW2, [
      [0.79276486, 0.85133918],
      [-0.0957219, -0.01720463],
      [-0.13100772, -0.03750433],
    ]);
    expectClose("dW3", grads.dW3, [[-1.77691347, -0.11832879, -0.09397446]]);
  });

  test.prop(
    [
      fc.tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
      ),
      fc.integer({ min: 1, max: 6 }),
      fc.double({ min: 0, max: 3, noNaN: true }),
      fc.nat(1000),
    ],
    { numRuns: 40 },
  )(
    "agrees with tf.grad of cross-entropy + λ/(2m) Σ‖Wl‖², every dWl and dbl shaped like its parameter",
    (dims, m, lambd, seed) => {
      const { X, Y, parameters } = draw(seed, dims, m);
      const { cache } = forwardPropagation(X, parameters);
      const grads = backwardPropagationWithRegularization(X, Y, cache, lambd);
      const J = (...ps: tf.Tensor[]) => {
        const p = Object.fromEntries(NAMES.map((k, i) => [k, ps[i]!]));
        const penalty = tf.addN([p.W1!, p.W2!, p.W3!].map((W) => W.square().sum()));
        return logitCrossEntropy(forwardPropagation(X, p).cache.Z3, Y).add(
          penalty.mul(lambd / (2 * m)),
        );
      };
      const oracle = tf.grads(J)(NAMES.map((k) => parameters[k]!));
      // float32: a sum over a few examples may cancel to almost nothing, hence the atol
      NAMES.forEach((k, i) => {
        expectClose(`d${k}`, grads[`d${k}`], oracle[i]!, { rtol: 1e-3, atol: 1e-6 });
      });
    },
  );

  test.prop([fc.integer({ min: 1, max: 6 }), fc.nat(1000)])(
    "returns the plain backward pass when λ = 0, and changes only the dW when λ > 0",
    (m, seed) => {
      const { X, Y, parameters } = draw(seed, [2, 4, 3], m);
      const { cache } = forwardPropagation(X, parameters);
      const plain = backwardPropagation(X, Y, cache);
      const free = backwardPropagationWithRegularization(X, Y, cache, 0);
      const decayed = backwardPropagationWithRegularization(X, Y, cache, 0.7);
      for (const [k, g] of Object.entries(plain)) {
        expectClose(`${k} (λ = 0)`, free[k], g);
        const expected = k.startsWith("dW") ? g.add(parameters[k.slice(1)]!.mul(0.7 / m)) : g;
        expectClose(`${k} (λ = 0.7)`, decayed[k], expected);
      }
    },
  );
});
