import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { compareGradients, expectGradients, gradcheck, numericGradient } from "./gradient.ts";
import { relError } from "./rel-error.ts";
import { randnSequence } from "./seeded.ts";

/** linear → sigmoid → cross-entropy, the layer platform-notes.md measured. */
function layerCost(W: tf.Tensor, b: tf.Tensor, X: tf.Tensor, Y: tf.Tensor): tf.Scalar {
  const Z = tf.matMul(W, X).add(b);
  return tf.losses
    .sigmoidCrossEntropy(Y, Z, undefined, undefined, tf.Reduction.SUM)
    .div(X.shape[1]!) as tf.Scalar;
}

describe("numericGradient", () => {
  it("differentiates Σx² to 2x", () => {
    const x = tf.tensor1d([1, -2, 0.5]);
    const g = numericGradient((t) => t.square().sum(), x);
    expect(relError(g, x.mul(2))).toBeLessThan(1e-4);
  });
});

describe("gradcheck", () => {
  const [W, b, X] = randnSequence(42, [
    [3, 20],
    [3, 1],
    [20, 50],
  ]);
  const Y = tf.tensor(
    Array.from({ length: 150 }, (_, i) => ((i * 7) % 3 === 0 ? 1 : 0)),
    [3, 50],
  );
  const f = (w: tf.Tensor) => layerCost(w, b!, X!, Y);
  const analytic = tf.grad(f)(W!);

  it("passes a correct gradient at ε = 1e-2", () => {
    const result = gradcheck(f, W!, analytic);
    expect(result.ok).toBe(true);
    expect(result.relError).toBeLessThan(2e-3);
  });

  it("flags the subtlest bug measured, 1/(m−1) for 1/m", () => {
    const buggy = analytic.mul(50 / 49);
    const result = gradcheck(f, W!, buggy);
    expect(result.ok).toBe(false);
    expect(result.relError).toBeGreaterThan(5e-3);
  });

  it("locates the worst coordinate against an analytic oracle", () => {
    const wrong = analytic.add(
      tf
        .oneHot(tf.tensor1d([4], "int32"), 60)
        .reshape([3, 20])
        .mul(1),
    );
    const result = compareGradients(wrong, analytic);
    expect(result.ok).toBe(false);
    expect(result.worst.index).toEqual([0, 4]);
  });
});

describe("expectGradients (shared by the grader's checks and the public tests)", () => {
  it("names the function, the gradient, the relative error and the worst element", () => {
    const oracle = tf.tensor2d([[1, 2, 3]]);
    const actual = tf.tensor2d([[1, 2, 1.5]]);
    expect(() => expectGradients("linearBackward", { db: { actual, oracle } }, "autodiff")).toThrow(
      /^linearBackward: db disagrees with tf\.grad of the reference forward pass: relative error 0\.\d+ \(must be below 0\.00001\); worst element at \[0, 2\]: expected 3, got 1\.5$/,
    );
  });

  it("takes a looser threshold for a deep float32 net's public test, and passes a right gradient", () => {
    const oracle = tf.tensor2d([[1, 2, 3]]);
    expect(() =>
      expectGradients(
        "lModelBackward",
        { dW1: { actual: tf.tensor2d([[1, 2, 3.001]]), oracle } },
        "autodiff",
        { threshold: 1e-3 },
      ),
    ).not.toThrow();
    expect(() => expectGradients("f", { dW: { actual: 3, oracle } }, "autodiff")).toThrow(
      /^f: dW should be a tf\.Tensor of shape \(1, 3\), got number 3$/,
    );
  });
});
