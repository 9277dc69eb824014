import { expectClose, RandomState } from "@dlc/grader/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { predict } from "./predict.ts";

describe("predict", () => {
  it("matches the notebook: [[1, 1, 0]]", () => {
    const w = tf.tensor2d([[0.1124579], [0.23106775]]);
    const X = tf.tensor2d([
      [1, -1.1, -3.2],
      [1.2, 2, 0.1],
    ]);
    expectClose("predict(w, -0.3, X)", predict(w, -0.3, X), [[1, 1, 0]]);
  });

  test.prop([
    fc.record({
      n: fc.integer({ min: 1, max: 6 }),
      m: fc.integer({ min: 1, max: 20 }),
      seed: fc.nat(1000),
    }),
  ])("gives 0/1 labels [1, m] that agree with the sign of wᵀx + b", ({ n, m, seed }) => {
    const rng = new RandomState(seed);
    const w = tf.tensor(Float32Array.from(rng.randn(n, 1)), [n, 1]);
    const X = tf.tensor(Float32Array.from(rng.randn(n, m)), [n, m]);
    const b = rng.randn(1)[0]!;
    const Yhat = predict(w, b, X);
    expect(Yhat.shape).toEqual([1, m]);
    const z = tf.matMul(w, X, true, false).add(b).dataSync();
    const labels = Yhat.dataSync();
    for (let i = 0; i < m; i++)
      if (Math.abs(z[i]!) > 1e-4) expect(labels[i]).toBe(z[i]! > 0 ? 1 : 0);
  });
});
