import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { compareGradients, gradcheck, numericGradient } from "./gradient.ts";
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
