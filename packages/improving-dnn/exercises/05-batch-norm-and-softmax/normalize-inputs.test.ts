import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { normalizeInputs } from "./normalize-inputs.ts";

/** numpy's `X * scale + shift` for X = randn(n, m) drawn with `seed`. */
function features(seed: number, n: number, m: number, scale: number, shift: number): tf.Tensor {
  return randnSequence(seed, [[n, m]])[0]!
    .mul(scale)
    .add(shift);
}

describe("normalizeInputs", () => {
  it("maps a feature 20 times wider to the same scale as a narrow one", () => {
    // numpy: Xtr = np.array([[1., 2, 3, 4], [10, 30, 50, 70]]); Xte = np.array([[2.5, 5], [20, 90]])
    //        mu = Xtr.mean(1, keepdims=True); s2 = Xtr.var(1, keepdims=True)
    //        (Xtr - mu) / np.sqrt(s2 + 1e-8), (Xte - mu) / np.sqrt(s2 + 1e-8)
    const got = normalizeInputs(
      tf.tensor2d([
        [1, 2, 3, 4],
        [10, 30, 50, 70],
      ]),
      tf.tensor2d([
        [2.5, 5],
        [20, 90],
      ]),
    );
    expectClose("mu", got.mu, [[2.5], [40]]);
    expectClose("sigma2", got.sigma2, [[1.25], [500]]);
    expectClose("XTrain", got.XTrain, [
      [-1.341640781, -0.447213594, 0.447213594, 1.341640781],
      [-1.341640786, -0.447213595, 0.447213595, 1.341640786],
    ]);
    // the test set is normalized with the training set's μ and σ²: 2.5 is the mean, 5 lies 2.24 σ above
    expectClose("XTest", got.XTest, [
      [0, 2.236067969],
      [-0.894427191, 2.236067977],
    ]);
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 4, max: 8 }),
    fc.double({ min: 1, max: 100, noNaN: true }),
    fc.double({ min: -50, max: 50, noNaN: true }),
    fc.nat(100),
  ])("gives every training feature mean 0 and variance 1", (n, m, scale, shift, seed) => {
    const X = features(seed, n, m, scale, shift);
    const got = normalizeInputs(X, X.slice([0, 0], [n, 2]));
    expect(got.XTrain.shape).toEqual([n, m]);
    expect(got.XTest.shape).toEqual([n, 2]);
    expect(got.mu.shape).toEqual([n, 1]);
    expect(got.sigma2.shape).toEqual([n, 1]);
    const { mean, variance } = tf.moments(got.XTrain, 1);
    expectClose("row means of XTrain", mean, tf.zeros([n]), { atol: 1e-4 });
    expectClose("row variances (1/m) of XTrain", variance, tf.ones([n]), { atol: 1e-3 });
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 3, max: 8 }),
    fc.double({ min: -20, max: 20, noNaN: true }),
    fc.nat(100),
  ])(
    "normalizes the test set with the training statistics: XTrain + c comes out shifted by c / σ",
    (n, m, c, seed) => {
      const X = features(seed, n, m, 3, 1);
      const got = normalizeInputs(X, X.add(c));
      const sigma = tf.moments(X, 1, true).variance.add(1e-8).sqrt();
      expectClose("XTest", got.XTest, got.XTrain.add(tf.div(c, sigma)), { atol: 1e-4 });
    },
  );
});
