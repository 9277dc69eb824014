import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import type { Parameters } from "../../src/types.ts";
import { computeLoss } from "../../testing/three-layer-oracle.ts";
import { computeCostWithRegularization } from "./compute-cost-with-regularization.ts";

/** W1, b1, W2, b2, W3, b3 of a [n0, n1, n2, 1] network, drawn in that order from one seed. */
function parametersOf(seed: number, [n0, n1, n2]: number[]): Parameters {
  const [W1, b1, W2, b2, W3, b3] = randnSequence(seed, [
    [n1!, n0!],
    [n1!, 1],
    [n2!, n1!],
    [n2!, 1],
    [1, n2!],
    [1, 1],
  ]);
  return { W1: W1!, b1: b1!, W2: W2!, b2: b2!, W3: W3!, b3: b3! };
}

/** Probabilities A3 in (0.05, 0.95) and labels Y, both [1, m]. */
function predictionsAndLabels(seed: number, m: number) {
  const rng = new RandomState(seed);
  const A3 = tf.tensor2d(
    Float32Array.from(rng.rand(m), (u) => 0.05 + 0.9 * u),
    [1, m],
  );
  const Y = tf.tensor2d(
    Float32Array.from(rng.rand(m), (u) => (u < 0.5 ? 1 : 0)),
    [1, m],
  );
  return { A3, Y };
}

const sumOfSquares = (t: tf.Tensor) =>
  (t.dataSync() as Float32Array).reduce((s, v) => s + v * v, 0);

describe("computeCostWithRegularization", () => {
  it("matches the notebook: cost = 1.78648594516 for λ = 0.1", () => {
    // compute_cost_with_regularization_test_case: np.random.seed(1), W1 … b3 drawn in order
    const parameters = parametersOf(1, [3, 2, 3]);
    const A3 = tf.tensor2d([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]]);
    const Y = tf.tensor2d([[1, 1, 0, 1, 0]]);
    expectClose("cost", computeCostWithRegularization(A3, Y, parameters, 0.1), 1.7864859451590758);
  });

  test.prop([
    fc.tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
    ),
    fc.integer({ min: 1, max: 8 }),
    fc.double({ min: 0, max: 3, noNaN: true }),
    fc.nat(1000),
  ])(
    "adds λ/(2m) times the sum of the squared weights W1, W2, W3 to the cross-entropy, for any layer sizes",
    (dims, m, lambd, seed) => {
      const parameters = parametersOf(seed, dims);
      const { A3, Y } = predictionsAndLabels(seed + 1, m);
      const squares = ["W1", "W2", "W3"].reduce((s, k) => s + sumOfSquares(parameters[k]!), 0);
      expectClose(
        "cost",
        computeCostWithRegularization(A3, Y, parameters, lambd),
        computeLoss(A3, Y) + (lambd / (2 * m)) * squares,
      );
    },
  );

  test.prop([fc.integer({ min: 1, max: 8 }), fc.nat(1000)])(
    "is the plain cross-entropy when λ = 0, and ignores the biases",
    (m, seed) => {
      const parameters = parametersOf(seed, [2, 4, 3]);
      const { A3, Y } = predictionsAndLabels(seed + 1, m);
      expectClose(
        "cost (λ = 0)",
        computeCostWithRegularization(A3, Y, parameters, 0),
        computeLoss(A3, Y),
      );
      const shifted = { ...parameters, b1: parameters.b1!.add(5), b3: parameters.b3!.mul(-3) };
      expectClose(
        "cost with other biases",
        computeCostWithRegularization(A3, Y, shifted, 0.7),
        computeCostWithRegularization(A3, Y, parameters, 0.7),
      );
    },
  );
});
