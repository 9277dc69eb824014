import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { f1Score } from "./f1-score.ts";

const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe("f1Score", () => {
  it("ranks the lecture's classifiers: A (P 95 %, R 90 %) 92.4 % beats B (P 98 %, R 85 %) 91.0 %", () => {
    expect(f1Score(0.95, 0.9)).toBeCloseTo(0.924324, 6);
    expect(f1Score(0.98, 0.85)).toBeCloseTo(0.910383, 6);
  });

  it("punishes a classifier that calls every image a bird (P 0.1, R 1): 0.18, not 0.55", () => {
    expect(f1Score(0.1, 1)).toBeCloseTo(0.181818, 6);
  });

  it("is 0 when precision and recall are both 0, and when either is", () => {
    expect(f1Score(0, 0)).toBe(0);
    expect(f1Score(0, 0.8)).toBe(0);
    expect(f1Score(0.8, 0)).toBe(0);
  });

  test.prop([unit, unit])(
    "lies in [0, 1], between min(P, R) and max(P, R), and is symmetric in P and R",
    (p, r) => {
      const f = f1Score(p, r);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThanOrEqual(1);
      expect(f).toBeGreaterThanOrEqual(Math.min(p, r) - 1e-12);
      expect(f).toBeLessThanOrEqual(Math.max(p, r) + 1e-12);
      expect(f1Score(r, p)).toBeCloseTo(f, 12);
    },
  );

  test.prop([
    fc.double({ min: 0.01, max: 1, noNaN: true }),
    fc.double({ min: 0.01, max: 1, noNaN: true }),
  ])("is the harmonic mean: 1/F1 = (1/P + 1/R) / 2, never above the arithmetic mean", (p, r) => {
    const f = f1Score(p, r);
    expect(1 / f).toBeCloseTo((1 / p + 1 / r) / 2, 8);
    expect(f).toBeLessThanOrEqual((p + r) / 2 + 1e-12);
  });
});
