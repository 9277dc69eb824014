import { expectClose, float32, matrixData, toTensor } from "@dlc/student-kit/check";
import { test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { softmax } from "./softmax.ts";

describe("softmax", () => {
  it("matches the notebook: softmax([[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]])", () => {
    expectClose(
      "softmax(x)",
      softmax(
        tf.tensor2d([
          [9, 2, 5, 0, 0],
          [7, 5, 0, 0, 0],
        ]),
      ),
      [
        [9.80897665e-1, 8.94462891e-4, 1.79657674e-2, 1.21052389e-4, 1.21052389e-4],
        [8.78679856e-1, 1.18916387e-1, 8.01252314e-4, 8.01252314e-4, 8.01252314e-4],
      ],
    );
  });

  test.prop([matrixData({}, { min: -10, max: 10 })])(
    "gives rows that are probability distributions",
    (data) => {
      const s = softmax(toTensor(data));
      expect(s.shape).toEqual(data.shape);
      expectClose("row sums of softmax(x)", s.sum(1), tf.ones([data.shape[0]!]), { atol: 1e-5 });
      for (const v of s.dataSync()) expect(v).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([matrixData({}, { min: -5, max: 5 }), float32({ min: -5, max: 5 })])(
    "is unchanged when a constant is added to every element",
    (data, c) => {
      const x = toTensor(data);
      expectClose("softmax(x + c)", softmax(x.add(c)), softmax(x), { atol: 1e-5 });
    },
  );
});
