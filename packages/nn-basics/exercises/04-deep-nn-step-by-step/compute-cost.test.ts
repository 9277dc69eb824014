import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { computeCost } from "./compute-cost.ts";

describe("computeCost", () => {
  it("matches the notebook: cost = 0.2797765635793422", () => {
    const cost = computeCost(tf.tensor2d([[0.8, 0.9, 0.4]]), tf.tensor2d([[1, 1, 0]]));
    expect(cost.shape).toEqual([]);
    expectClose("computeCost(AL, Y)", cost, tf.scalar(0.2797765635793422));
  });

  const case_ = fc
    .integer({ min: 1, max: 20 })
    .chain((m) =>
      fc.tuple(
        fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: m, maxLength: m }),
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: m, maxLength: m }),
      ),
    );

  test.prop([case_])("is a non-negative scalar: the mean binary cross-entropy", ([a, y]) => {
    const AL = tf.tensor2d([a]);
    const Y = tf.tensor2d([y]);
    const cost = computeCost(AL, Y);
    expect(cost.dataSync()[0]).toBeGreaterThanOrEqual(0);
    expectClose("computeCost(AL, Y)", cost, tf.losses.logLoss(Y, AL, undefined, 0), {
      rtol: 1e-3,
      atol: 1e-4,
    });
  });
});
