import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sampleLearningRate } from "./sample-learning-rate.ts";

/** How many of `values` fall in each decade [10^k, 10^(k+1)) from lo to hi. */
function perDecade(values: number[], lo: number, hi: number): number[] {
  const decades = Math.round(Math.log10(hi / lo));
  const counts = new Array(decades).fill(0);
  for (const v of values) counts[Math.min(decades - 1, Math.floor(Math.log10(v / lo)))]++;
  return counts;
}

describe("sampleLearningRate", () => {
  it("draws like numpy: np.random.seed(0); 10 ** (-4 + 4 * np.random.rand(5))", () => {
    const expected = [
      0.01567667719550606, 0.07257005721594274, 0.02576638574613588, 0.015119336467640998,
      0.004950159553733192,
    ];
    const got = sampleLearningRate(5);
    expect(got).toHaveLength(5);
    got.forEach((v, i) => {
      expect(v / expected[i]!).toBeCloseTo(1, 10);
    });
  });

  it("uses lo, hi and the seed: seed 1 in [1e-6, 1e-2]", () => {
    const expected = [
      4.6568046379195696e-5, 0.0007608481233714792, 1.0010539860510488e-6, 1.619311091244073e-5,
    ];
    sampleLearningRate(4, 1e-6, 1e-2, 1).forEach((v, i) => {
      expect(v / expected[i]!).toBeCloseTo(1, 10);
    });
  });

  it("puts about a quarter of 4000 samples in each decade of [1e-4, 1] (a linear scale would put 90 % in the last)", () => {
    for (const count of perDecade(sampleLearningRate(4000), 1e-4, 1)) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });

  test.prop([
    fc.integer({ min: -6, max: -1 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 50 }),
    fc.nat(1000),
  ])("stays within [lo, hi] and reproduces by seed", (k, decades, n, seed) => {
    const [lo, hi] = [10 ** k, 10 ** (k + decades)];
    const values = sampleLearningRate(n, lo, hi, seed);
    expect(values).toHaveLength(n);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(lo * (1 - 1e-12));
      expect(v).toBeLessThanOrEqual(hi * (1 + 1e-12));
    }
    expect(sampleLearningRate(n, lo, hi, seed)).toEqual(values);
    expect(sampleLearningRate(n, lo, hi, seed + 1)).not.toEqual(values);
  });
});
