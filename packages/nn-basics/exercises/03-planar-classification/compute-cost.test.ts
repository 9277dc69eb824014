import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { computeCost } from "./compute-cost.ts";

describe("computeCost", () => {
  it("matches the notebook: cost = 0.6930587610394646", () => {
    const cost = computeCost(
      tf.tensor2d([[0.5002307, 0.49985831, 0.50023963]]),
      tf.tensor2d([[1, 0, 0]]),
    );
    expect(typeof cost).toBe("number");
    expectClose("computeCost(A2, Y)", cost, 0.6930587610394646);
  });

  const case_ = fc
    .integer({ min: 1, max: 20 })
    .chain((m) =>
      fc.tuple(
        fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: m, maxLength: m }),
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: m, maxLength: m }),
      ),
    );

  test.prop([case_])("is the mean binary cross-entropy, never negative", ([a, y]) => {
    const A2 = tf.tensor2d([a]);
    const Y = tf.tensor2d([y]);
    const cost = computeCost(A2, Y);
    expect(cost).toBeGreaterThanOrEqual(0);
    expectClose("computeCost(A2, Y)", cost, tf.losses.logLoss(Y, A2, undefined, 0).dataSync()[0]!, {
      rtol: 1e-3,
      atol: 1e-4,
    });
  });
});
