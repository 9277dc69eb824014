import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelledMatrixData } from "./arbitraries.ts";

describe("labelledMatrixData", () => {
  it("gives values and labels of one shape, values in range, labels from the given set", () => {
    fc.assert(
      fc.property(labelledMatrixData([0, 1, Number.NaN], { min: 0.1, max: 0.9 }), (batch) => {
        const { values, labels } = batch;
        expect(labels.shape).toEqual(values.shape);
        expect(values.values).toHaveLength(values.shape[0]! * values.shape[1]!);
        expect(labels.values).toHaveLength(values.values.length);
        expect(values.shape[0]).toBeLessThanOrEqual(5);
        expect(values.values.every((v) => v >= 0.1 && v <= 0.9)).toBe(true);
        expect(labels.values.every((y) => y === 0 || y === 1 || Number.isNaN(y))).toBe(true);
      }),
    );
  });
});
