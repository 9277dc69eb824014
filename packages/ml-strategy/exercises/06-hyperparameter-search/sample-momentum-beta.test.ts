import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sampleMomentumBeta } from "./sample-momentum-beta.ts";

describe("sampleMomentumBeta", () => {
  it("draws like numpy: np.random.seed(0); 1 - 10 ** (-3 + 2 * np.random.rand(5))", () => {
    const expected = [
      0.9874793461850006, 0.9730611698071459, 0.9839480886664124, 0.9877039288926743,
      0.9929642629712778,
    ];
    sampleMomentumBeta(5).forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i]!, 12);
    });
  });

  it("uses lo, hi and the seed: seed 3 in [0.99, 0.9999]", () => {
    const expected = [
      0.9987364401862618, 0.9973920717113601, 0.9996182232488883, 0.9989488729550648,
    ];
    sampleMomentumBeta(4, 0.99, 0.9999, 3).forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i]!, 12);
    });
  });

  it("puts about half of 2000 betas in [0.99, 0.999], where 1 − β changes the most (linear: a tenth)", () => {
    const high = sampleMomentumBeta(2000).filter((b) => b >= 0.99).length;
    expect(high).toBeGreaterThan(900);
    expect(high).toBeLessThan(1100);
  });

  test.prop([
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 2 }),
    fc.integer({ min: 1, max: 50 }),
    fc.nat(1000),
  ])("stays within [lo, hi] and reproduces by seed", (nines, more, n, seed) => {
    const [lo, hi] = [1 - 10 ** -nines, 1 - 10 ** -(nines + more)];
    const values = sampleMomentumBeta(n, lo, hi, seed);
    expect(values).toHaveLength(n);
    for (const b of values) {
      expect(b).toBeGreaterThanOrEqual(lo - 1e-12);
      expect(b).toBeLessThanOrEqual(hi + 1e-12);
    }
    expect(sampleMomentumBeta(n, lo, hi, seed)).toEqual(values);
  });
});
