import { describe, expect, it } from "vitest";
import { dailyTemperatures, seasonalTemperature } from "./noisy-series.ts";

describe("dailyTemperatures", () => {
  it("draws numpy's year: seasonal curve + 6·randn(365) with seed 1", () => {
    const theta = dailyTemperatures();
    expect(theta).toHaveLength(365);
    // np.random.seed(1); t = arange(1, 366); 52 − 13 cos(2π(t − 15)/365) + 6 randn(365)
    const first = [49.121771507501094, 35.653622598756016, 36.107348446849365, 32.79455539077897];
    for (const [i, v] of first.entries()) expect(theta[i]).toBeCloseTo(v, 10);
    expect(theta[364]).toBeCloseTo(38.01235671225347, 10);
    expect(theta.reduce((a, b) => a + b) / 365).toBeCloseTo(52.31882111869825, 10);
  });

  it("peaks in July and is coldest in mid-January without the noise", () => {
    expect(seasonalTemperature(15)).toBeCloseTo(39, 10);
    expect(seasonalTemperature(15 + 365 / 2)).toBeCloseTo(65, 10);
  });

  it("is the same for the same seed and different for another", () => {
    expect(dailyTemperatures(30, 7)).toEqual(dailyTemperatures(30, 7));
    expect(dailyTemperatures(30, 8)).not.toEqual(dailyTemperatures(30, 7));
  });
});
