import { anyTensorData, expectClose, shape, toTensor } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { sigmoid } from "./sigmoid.ts";

describe("sigmoid", () => {
  it("matches the notebook: sigmoid([1, 2, 3])", () => {
    expectClose(
      "sigmoid([1, 2, 3])",
      sigmoid(tf.tensor1d([1, 2, 3])),
      [0.73105858, 0.88079708, 0.95257413],
    );
  });

  test.prop([
    anyTensorData(
      fc.integer({ min: 0, max: 3 }).chain((r) => shape(r)),
      { min: -15, max: 15 },
    ),
  ])("keeps the shape and stays in (0, 1)", (data) => {
    const s = sigmoid(toTensor(data));
    expect(s.shape).toEqual(data.shape);
    for (const v of s.dataSync()) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
  });

  test.prop([anyTensorData(shape(2), { min: -8, max: 8 })])(
    "is symmetric: σ(−x) = 1 − σ(x)",
    (data) => {
      const x = toTensor(data);
      expectClose("sigmoid(−x)", sigmoid(x.neg()), tf.scalar(1).sub(sigmoid(x)), { atol: 1e-6 });
    },
  );

  test.prop([anyTensorData(shape(2), { min: -8, max: 8 })])("agrees with tf.sigmoid", (data) => {
    const x = toTensor(data);
    expectClose("sigmoid(x)", sigmoid(x), tf.sigmoid(x), { atol: 1e-6 });
  });
});
