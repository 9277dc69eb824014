import { expectClose, tensorData, toTensor } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { sigmoid } from "./sigmoid.ts";

describe("sigmoid", () => {
  it("matches the notebook: sigmoid(0) = 0.5, sigmoid(−1) = 0.26894143, sigmoid(12) = 0.9999939", () => {
    const result = sigmoid(0);
    expect(result).toBeInstanceOf(tf.Tensor);
    expect(result.dtype).toBe("float32");
    expectClose("sigmoid(0)", result, tf.scalar(0.5));
    expectClose("sigmoid(-1)", sigmoid(-1), tf.scalar(0.26894143));
    expectClose("sigmoid(12)", sigmoid(12), tf.scalar(0.9999939));
  });

  it("casts an int32 tensor to float32 first", () => {
    const y = sigmoid(tf.tensor1d([0, -1, 12, 3], "int32"));
    expectClose("sigmoid(int32 [0, -1, 12, 3])", y, [0.5, 0.26894143, 0.9999939, 0.95257413]);
  });

  test.prop([
    fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 3 })
      .chain((shape) => tensorData(shape, { min: -10, max: 10 })),
  ])("equals 1 / (1 + e^(−z)) element by element, in z's shape, between 0 and 1", (data) => {
    const z = toTensor(data);
    const y = sigmoid(z);
    expect(y.shape).toEqual(z.shape);
    expectClose("sigmoid(z)", y, tf.div(1, tf.add(1, tf.exp(tf.neg(z)))), { atol: 1e-6 });
    expect(y.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    expect(y.max().dataSync()[0]).toBeLessThanOrEqual(1);
  });
});
