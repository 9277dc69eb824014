import { expectClose, matrixData, toTensor } from "@dlc/student-kit/check";
import { test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { normalizeRows } from "./normalize-rows.ts";

describe("normalizeRows", () => {
  it("matches the notebook: normalize_rows([[0, 3, 4], [1, 6, 4]])", () => {
    expectClose(
      "normalizeRows(x)",
      normalizeRows(
        tf.tensor2d([
          [0, 3, 4],
          [1, 6, 4],
        ]),
      ),
      [
        [0, 0.6, 0.8],
        [0.13736056, 0.82416338, 0.54944226],
      ],
    );
  });

  test.prop([matrixData({}, { min: 0.5, max: 5 })])(
    "gives rows of norm 1 pointing the same way",
    (data) => {
      const x = toTensor(data);
      const n = normalizeRows(x);
      expect(n.shape).toEqual(data.shape);
      expectClose(
        "row norms of normalizeRows(x)",
        tf.norm(n, "euclidean", 1),
        tf.ones([data.shape[0]!]),
        { atol: 1e-5 },
      );
      // positive inputs stay positive: a row is scaled, not rotated
      for (const v of n.dataSync()) expect(v).toBeGreaterThan(0);
    },
  );
});
