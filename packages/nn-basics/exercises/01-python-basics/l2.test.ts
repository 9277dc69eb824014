import { expectClose, tensorData } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { l2 } from "./l2.ts";

const pair = fc
  .integer({ min: 1, max: 20 })
  .chain((m) => fc.tuple(tensorData([m]), tensorData([m])));

describe("l2", () => {
  it("matches the notebook: L2 = 0.43", () => {
    expectClose(
      "l2(yhat, y)",
      l2(tf.tensor1d([0.9, 0.2, 0.1, 0.4, 0.9]), tf.tensor1d([1, 0, 0, 1, 1])),
      0.43,
    );
  });

  test.prop([pair])("is the sum of squared differences, never negative", ([a, b]) => {
    const loss = l2(tf.tensor1d(a.values), tf.tensor1d(b.values));
    const expected = a.values.reduce((sum, v, i) => sum + (b.values[i]! - v) ** 2, 0);
    expect(typeof loss).toBe("number");
    expect(loss).toBeGreaterThanOrEqual(0);
    expectClose("l2(yhat, y)", loss, expected, { rtol: 1e-4, atol: 1e-4 });
  });
});
