import { expectClose, tensorData } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { l1 } from "./l1.ts";

const pair = fc
  .integer({ min: 1, max: 20 })
  .chain((m) => fc.tuple(tensorData([m]), tensorData([m])));

describe("l1", () => {
  it("matches the notebook: L1 = 1.1", () => {
    expectClose(
      "l1(yhat, y)",
      l1(tf.tensor1d([0.9, 0.2, 0.1, 0.4, 0.9]), tf.tensor1d([1, 0, 0, 1, 1])),
      1.1,
    );
  });

  test.prop([pair])("is non-negative, symmetric and zero on itself", ([a, b]) => {
    const yhat = tf.tensor1d(a.values);
    const y = tf.tensor1d(b.values);
    const loss = l1(yhat, y);
    expect(typeof loss).toBe("number");
    expect(loss).toBeGreaterThanOrEqual(0);
    expectClose("l1(y, yhat)", l1(y, yhat), loss);
    expect(l1(y, y)).toBe(0);
  });
});
