import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { dailyTemperatures } from "../../src/noisy-series.ts";
import { exponentiallyWeightedAverages } from "./exponentially-weighted-averages.ts";

describe("exponentiallyWeightedAverages", () => {
  it("matches the lecture: θ = 40, 49, 45 °F with β = 0.9 start low unless corrected", () => {
    // v1 = 0.1·40, v2 = 0.9·v1 + 0.1·49, v3 = 0.9·v2 + 0.1·45; corrected v_t / (1 − 0.9^t)
    const plain = exponentiallyWeightedAverages([40, 49, 45], 0.9);
    const corrected = exponentiallyWeightedAverages([40, 49, 45], 0.9, true);
    [4, 8.5, 12.15].forEach((v, i) => {
      expect(plain[i]).toBeCloseTo(v, 10);
    });
    [40, 44.73684210526316, 44.83394833948339].forEach((v, i) => {
      expect(corrected[i]).toBeCloseTo(v, 10);
    });
  });

  it("averages the year of noisy temperatures like numpy (β = 0.9 and 0.98)", () => {
    const theta = dailyTemperatures();
    const v = exponentiallyWeightedAverages(theta, 0.9);
    const corrected = exponentiallyWeightedAverages(theta, 0.98, true);
    expect(v).toHaveLength(365);
    expect(v[0]).toBeCloseTo(4.912177150750108, 10);
    expect(v[9]).toBeCloseTo(25.047185962492165, 10);
    expect(v[179]).toBeCloseTo(64.92200374492816, 10);
    expect(corrected[9]).toBeCloseTo(38.5655557438188, 10);
    expect(corrected[179]).toBeCloseTo(58.43308039980895, 10);
  });

  const series = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), {
    minLength: 1,
    maxLength: 40,
  });
  const beta = fc.double({ min: 0, max: 0.99, noNaN: true });
  test.prop([fc.double({ min: -50, max: 50, noNaN: true }), fc.integer({ min: 1, max: 40 }), beta])(
    "of a constant series is that constant when corrected, and c·(1 − β^t) when not",
    (c, n, b) => {
      const values = Array(n).fill(c);
      exponentiallyWeightedAverages(values, b, true).forEach((v) => {
        expect(v).toBeCloseTo(c, 8);
      });
      exponentiallyWeightedAverages(values, b).forEach((v, i) => {
        expect(v).toBeCloseTo(c * (1 - b ** (i + 1)), 8);
      });
    },
  );

  test.prop([series, beta])(
    "stays between the smallest and largest value seen so far when corrected",
    (values, b) => {
      const corrected = exponentiallyWeightedAverages(values, b, true);
      expect(corrected).toHaveLength(values.length);
      corrected.forEach((v, i) => {
        const seen = values.slice(0, i + 1);
        expect(v).toBeGreaterThanOrEqual(Math.min(...seen) - 1e-9);
        expect(v).toBeLessThanOrEqual(Math.max(...seen) + 1e-9);
      });
    },
  );

  test.prop([series])("with β = 0 is the series itself", (values) => {
    exponentiallyWeightedAverages(values, 0).forEach((v, i) => {
      expect(v).toBeCloseTo(values[i]!, 10);
    });
  });
});
