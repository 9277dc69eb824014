import { anyTensorData, expectClose, shape, toTensor } from "@dlc/grader/check";
import { test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { sigmoid } from "./sigmoid.ts";

describe("sigmoid", () => {
  it("matches the notebook: sigmoid([0, 2]) = [0.5, 0.88079708]", () => {
    expectClose("sigmoid([0, 2])", sigmoid(tf.tensor1d([0, 2])), [0.5, 0.88079708]);
  });

  test.prop([anyTensorData(shape(3), { min: -8, max: 8 })])(
    "keeps the shape, stays in (0, 1) and σ(−z) = 1 − σ(z)",
    (data) => {
      const z = toTensor(data);
      const s = sigmoid(z);
      expect(s.shape).toEqual(data.shape);
      for (const v of s.dataSync()) expect(v > 0 && v < 1).toBe(true);
      expectClose("sigmoid(−z)", sigmoid(z.neg()), tf.scalar(1).sub(s), { atol: 1e-6 });
    },
  );
});
