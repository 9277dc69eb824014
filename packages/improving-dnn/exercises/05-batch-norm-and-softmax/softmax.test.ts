import { expectClose, matrixData, toTensor } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { softmax } from "./softmax.ts";

describe("softmax", () => {
  it("turns the lecture's z = [5, 2, −1, 3] into [0.842, 0.042, 0.002, 0.114], and logits near 1000 too", () => {
    // numpy: Z = np.array([[5., 1000], [2, 0], [-1, -1000], [3, 999]])
    //        e = np.exp(Z - Z.max(0, keepdims=True)); e / e.sum(0, keepdims=True)
    // (the lecture's t = e^z sums to 176.3; e^1000 overflows unless the max is subtracted)
    const A = softmax(
      tf.tensor2d([
        [5, 1000],
        [2, 0],
        [-1, -1000],
        [3, 999],
      ]),
    );
    expectClose("softmax(Z)", A, [
      [0.842033572, 0.731058579],
      [0.041922383, 0],
      [0.002087193, 0],
      [0.113956852, 0.268941421],
    ]);
  });

  test.prop([matrixData({ rows: [1, 6], cols: [1, 6] }, { min: -10, max: 10 })])(
    "gives columns that are probability distributions over the classes",
    (data) => {
      const A = softmax(toTensor(data));
      expect(A.shape).toEqual(data.shape);
      expectClose("column sums of softmax(Z)", A.sum(0), tf.ones([data.shape[1]!]), { atol: 1e-5 });
      for (const v of A.dataSync()) expect(v).toBeGreaterThanOrEqual(0);
    },
  );

  test.prop([
    fc.integer({ min: 2, max: 5 }),
    fc.integer({ min: 1, max: 5 }),
    fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 25, maxLength: 25 }),
    fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 5, maxLength: 5 }),
  ])(
    "is unchanged when a constant is added to a whole column (each example has its own)",
    (C, m, values, shifts) => {
      const Z = tf.tensor(values.slice(0, C * m), [C, m]);
      const c = tf.tensor(shifts.slice(0, m), [1, m]);
      expectClose("softmax(Z + c)", softmax(Z.add(c)), softmax(Z), { atol: 1e-5 });
    },
  );

  test.prop([matrixData({ rows: [2, 5], cols: [1, 5] }, { min: -1000, max: 1000 })])(
    "stays finite for logits as large as ±1000",
    (data) => {
      const A = softmax(toTensor(data));
      for (const v of A.dataSync()) expect(Number.isFinite(v)).toBe(true);
      expectClose("column sums of softmax(Z)", A.sum(0), tf.ones([data.shape[1]!]), { atol: 1e-5 });
    },
  );
});
