import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { forwardPropagation } from "../../src/three-layer-net.ts";
import type { Parameters } from "../../src/types.ts";
import { forwardPropagationWithDropout } from "./forward-propagation-with-dropout.ts";

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

const dims = fc.tuple(
  fc.integer({ min: 1, max: 4 }),
  fc.integer({ min: 1, max: 6 }),
  fc.integer({ min: 1, max: 4 }),
);

describe("forwardPropagationWithDropout", () => {
  it("matches the notebook: A3 and the masks D1, D2 for keepProb = 0.7", () => {
    // forward_propagation_with_dropout_test_case: np.random.seed(1), X = randn(3, 5), W1 … b3;
    // the function then calls np.random.seed(1) itself (here: the default seed = 1)
    const { X, parameters } = draw(1, [3, 2, 3], 5);
    const { A3, cache } = forwardPropagationWithDropout(X, parameters, 0.7);
    expectClose("A3", A3, [[0.36974721, 0.00305176, 0.04565099, 0.49683389, 0.36974721]]);
    expectClose("cache.D1", cache.D1, [
      [1, 0, 1, 1, 1],
      [1, 1, 1, 1, 1],
    ]);
    expectClose("cache.D2", cache.D2, [
      [1, 1, 1, 0, 1],
      [1, 1, 1, 1, 1],
      [0, 0, 1, 1, 0],
    ]);
    expectClose("cache.A1", cache.A1, [
      [0, 0, 3.05706487, 3.72429505, 0],
      [0, 5.94299915, 1.1293003, 2.09276446, 0],
    ]);
  });

  test.prop([
    dims,
    fc.integer({ min: 1, max: 8 }),
    fc.double({ min: 0.2, max: 0.95, noNaN: true }),
    fc.nat(1000),
  ])(
    "masks are 0/1 of the hidden layers' shapes, and Al = RELU(Zl) · Dl / keepProb",
    (sizes, m, keepProb, seed) => {
      const { X, parameters } = draw(seed, sizes, m);
      const { A3, cache } = forwardPropagationWithDropout(X, parameters, keepProb, seed);
      expect(A3.shape).toEqual([1, m]);
      expect(cache.D1.shape).toEqual([sizes[1], m]);
      expect(cache.D2.shape).toEqual([sizes[2], m]);
      for (const D of [cache.D1, cache.D2]) {
        expect(D.dtype).toBe("float32");
        expect([...D.dataSync()].every((v) => v === 0 || v === 1)).toBe(true);
      }
      expectClose("cache.A1", cache.A1, tf.relu(cache.Z1).mul(cache.D1).div(keepProb));
      expectClose("cache.A2", cache.A2, tf.relu(cache.Z2).mul(cache.D2).div(keepProb));
      expectClose("A3", A3, tf.sigmoid(cache.Z3));
    },
  );

  test.prop([dims, fc.integer({ min: 1, max: 8 }), fc.nat(1000)])(
    "keepProb = 1 keeps every unit: the plain forward pass",
    (sizes, m, seed) => {
      const { X, parameters } = draw(seed, sizes, m);
      const { A3, cache } = forwardPropagationWithDropout(X, parameters, 1, seed);
      expectClose("A3", A3, forwardPropagation(X, parameters).A3);
      expectClose("cache.D1", cache.D1, tf.onesLike(cache.Z1));
    },
  );

  it("draws the same masks for the same seed and other masks for another seed", () => {
    const { X, parameters } = draw(3, [2, 8, 4], 10);
    const a = forwardPropagationWithDropout(X, parameters, 0.5, 7).cache;
    const b = forwardPropagationWithDropout(X, parameters, 0.5, 7).cache;
    const c = forwardPropagationWithDropout(X, parameters, 0.5, 8).cache;
    expectClose("D1 (same seed)", b.D1, a.D1);
    expectClose("D2 (same seed)", b.D2, a.D2);
    expect(c.D1.equal(a.D1).all().dataSync()[0], "D1 for another seed").toBe(0);
  });

  it("keeps about keepProb of the units, and dividing by keepProb keeps the mean activation", () => {
    // 5 × 4000 units: the share kept and the mean are within a few standard errors
    const { X, parameters } = draw(5, [2, 5, 2], 4000);
    const keepProb = 0.8;
    const { cache } = forwardPropagationWithDropout(X, parameters, keepProb, 2);
    expect(cache.D1.mean().dataSync()[0]).toBeCloseTo(keepProb, 1);
    const before = tf.relu(cache.Z1).mean().dataSync()[0]!;
    const after = cache.A1.mean().dataSync()[0]!;
    expect(Math.abs(after - before) / before).toBeLessThan(0.05);
  });
});
