import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type Corners, iou } from "./iou.ts";

/** a box with positive width and height: [x1, y1, x2, y2] */
const box = fc
  .tuple(
    fc.integer({ min: -20, max: 20 }),
    fc.integer({ min: -20, max: 20 }),
    fc.integer({ min: 1, max: 15 }),
    fc.integer({ min: 1, max: 15 }),
  )
  .map(([x, y, w, h]): Corners => [x, y, x + w, y + h]);

describe("iou", () => {
  it("gives 1/7 for the notebook's intersecting boxes (2, 1, 4, 3) and (1, 2, 3, 4)", () => {
    expect(iou([2, 1, 4, 3], [1, 2, 3, 4])).toBeCloseTo(0.14285714, 7);
  });

  it("gives 0 for boxes apart, touching at a corner, or touching along an edge", () => {
    expect(iou([1, 2, 3, 4], [5, 6, 7, 8])).toBe(0);
    expect(iou([1, 1, 2, 2], [2, 2, 3, 3])).toBe(0);
    expect(iou([1, 1, 3, 3], [2, 3, 3, 4])).toBe(0);
  });

  it("gives 0 for boxes apart along both axes (the intersection's width and height both negative)", () => {
    expect(iou([0, 0, 1, 1], [3, 3, 4, 4])).toBe(0);
  });

  it("gives 1/4 for a box and its quarter", () => {
    expect(iou([0, 0, 4, 4], [0, 0, 2, 2])).toBeCloseTo(0.25, 10);
  });

  test.prop([box, box], { numRuns: 200 })(
    "is symmetric, in [0, 1], and 1 for a box with itself",
    (a, b) => {
      const ab = iou(a, b);
      expect(typeof ab).toBe("number");
      expect(ab).toBeGreaterThanOrEqual(0);
      expect(ab).toBeLessThanOrEqual(1);
      expect(iou(b, a)).toBeCloseTo(ab, 12);
      expect(iou(a, a)).toBeCloseTo(1, 12);
    },
  );
});
