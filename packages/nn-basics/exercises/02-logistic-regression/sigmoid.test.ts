import { anyTensorData, expectClose, shape, toTensor } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { sigmoid } from "./sigmoid.ts";

describe("sigmoid", () => {
  it("matches the notebook: sigmoid([0, 2]) = [0.5, 0.88079708]", () => {
    expectClose("sigmoid([0, 2])", sigmoid(tf.tensor1d([0, 2])), [0.5, 0.88079708]);
  });

  it("matches the notebook's public test on a scalar: sigmoid(1) = 0.7310585", () => {
    const s = sigmoid(tf.scalar(1));
    expect(s.shape).toEqual([]);
    expectClose("sigmoid(1)", s, tf.scalar(0.7310585786300049));
  });

  test.prop([
    anyTensorData(
      fc.integer({ min: 0, max: 3 }).chain((r) => shape(r)),
      { min: -8, max: 8 },
    ),
  ])("keeps the shape, stays in (0, 1) and σ(−z) = 1 − σ(z)", (data) => {
    const z = toTensor(data);
    const s = sigmoid(z);
    expect(s.shape).toEqual(data.shape);
    for (const v of s.dataSync()) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
    expectClose("sigmoid(−z)", sigmoid(z.neg()), tf.scalar(1).sub(s), { atol: 1e-6 });
  });

  test.prop([anyTensorData(shape(2), { min: -8, max: 8 })])("agrees with tf.sigmoid", (data) => {
    const z = toTensor(data);
    expectClose("sigmoid(z)", sigmoid(z), tf.sigmoid(z), { atol: 1e-6 });
  });
});
