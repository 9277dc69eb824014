import { expectClose } from "@dlc/grader/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { optimize } from "./optimize.ts";

const X = tf.tensor2d([
  [1, -2, -1],
  [3, 0.5, -3.2],
]);
const Y = tf.tensor2d([[1, 1, 0]]);

describe("optimize", () => {
  it("matches the notebook: 100 iterations at learning rate 0.009", () => {
    const { params, grads, costs } = optimize(tf.tensor2d([[1], [2]]), 1.5, X, Y, 100, 0.009);
    expectClose("optimize: params.w", params.w, [[0.80956046], [2.0508202]]);
    expectClose("optimize: params.b", params.b, 1.5948713189708588);
    expectClose("optimize: grads.dw", grads.dw, [[0.17860505], [-0.04840656]]);
    expectClose("optimize: grads.db", grads.db, -0.08888460336847771);
    expectClose("optimize: costs", tf.tensor1d(costs), [0.15900537707692405]);
  });

  it("leaves the w it was given untouched", () => {
    const w = tf.tensor2d([[1], [2]]);
    optimize(w, 1.5, X, Y, 10, 0.009);
    expectClose("w after optimize", w, [[1], [2]]);
  });

  test.prop([fc.integer({ min: 1, max: 450 })], { numRuns: 8 })(
    "records one cost per 100 iterations, and the cost does not rise",
    (n) => {
      const { costs } = optimize(tf.tensor2d([[1], [2]]), 1.5, X, Y, n, 0.009);
      expect(costs).toHaveLength(Math.ceil(n / 100));
      for (let i = 1; i < costs.length; i++)
        expect(costs[i]!).toBeLessThanOrEqual(costs[i - 1]! + 1e-6);
    },
  );
});
