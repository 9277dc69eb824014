import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { yoloNonMaxSuppression } from "./yolo-non-max-suppression.ts";

/** IoU of two [y1, x1, y2, x2] boxes, for checking what survived */
function overlap(a: number[], b: number[]): number {
  const h = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
  const w = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
  const area = (c: number[]) => (c[2]! - c[0]!) * (c[3]! - c[1]!);
  return (h * w) / (area(a) + area(b) - h * w);
}

describe("yoloNonMaxSuppression", () => {
  it("drops a box overlapping a better one, whatever its class, and keeps a box apart", () => {
    const scores = tf.tensor1d([0.8, 0.9, 0.7]);
    const boxes = tf.tensor2d([
      [1, 1, 11, 11],
      [0, 0, 10, 10],
      [20, 20, 30, 30],
    ]);
    const classes = tf.tensor1d([7, 2, 2], "int32");
    const kept = yoloNonMaxSuppression(scores, boxes, classes, 10, 0.5);
    expectClose("yoloNonMaxSuppression: scores", kept.scores, [0.9, 0.7]);
    expectClose("yoloNonMaxSuppression: boxes", kept.boxes, [
      [0, 0, 10, 10],
      [20, 20, 30, 30],
    ]);
    expectClose("yoloNonMaxSuppression: classes", kept.classes, [2, 2], { dtype: "int32" });
  });

  it("keeps at most maxBoxes boxes, the best first", () => {
    const boxes = tf.tensor2d([0, 1, 2, 3, 4].map((i) => [0, 20 * i, 10, 20 * i + 10]));
    const kept = yoloNonMaxSuppression(
      tf.tensor1d([0.1, 0.5, 0.3, 0.9, 0.7]),
      boxes,
      tf.tensor1d([0, 1, 2, 3, 4], "int32"),
      3,
    );
    expectClose("yoloNonMaxSuppression: scores", kept.scores, [0.9, 0.7, 0.5]);
    expectClose("yoloNonMaxSuppression: classes", kept.classes, [3, 4, 1], { dtype: "int32" });
  });

  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 2, max: 20 }),
          fc.integer({ min: 2, max: 20 }),
          fc.double({ min: 0.01, max: 1, noNaN: true }),
        ),
        { minLength: 1, maxLength: 25 },
      ),
      fc.integer({ min: 1, max: 10 }),
      fc.double({ min: 0.2, max: 0.8, noNaN: true }),
    ],
    { numRuns: 20 },
  )(
    "keeps ≤ maxBoxes boxes of the input, best first, no two overlapping above the threshold",
    (rows, maxBoxes, iouThreshold) => {
      const boxes = rows.map(([y, x, h, w]) => [y, x, y + h, x + w]);
      const kept = yoloNonMaxSuppression(
        tf.tensor1d(rows.map((r) => r[4])),
        tf.tensor2d(boxes),
        tf.tensor1d(
          rows.map((_, i) => i),
          "int32",
        ),
        maxBoxes,
        iouThreshold,
      );
      const picked = Array.from(kept.classes.dataSync());
      expect(picked.length).toBeGreaterThan(0);
      expect(picked.length).toBeLessThanOrEqual(maxBoxes);
      expect(kept.boxes.arraySync()).toEqual(picked.map((i) => boxes[i]));
      const s = Array.from(kept.scores.dataSync());
      for (let i = 1; i < s.length; i++) expect(s[i]!).toBeLessThanOrEqual(s[i - 1]!);
      for (const [i, a] of picked.entries())
        for (const b of picked.slice(i + 1))
          expect(overlap(boxes[a]!, boxes[b]!)).toBeLessThanOrEqual(iouThreshold + 1e-6);
    },
  );
});
