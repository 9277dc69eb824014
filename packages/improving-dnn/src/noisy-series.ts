/**
 * A noisy series to average, after the lecture's example of exponentially weighted
 * averages: a year of daily temperatures in London (θ1 = 40 °F on January 1st, warm in
 * July, cold again in December), here a smooth seasonal curve plus seeded day-to-day
 * noise, so everyone averages the same numbers.
 */
import { RandomState } from "@dlc/student-kit/check";

/** The seasonal curve without the noise: 52 − 13·cos(2π(t − 15) / 365) °F on day t (1-based). */
export function seasonalTemperature(day: number): number {
  return 52 - 13 * Math.cos((2 * Math.PI * (day - 15)) / 365);
}

/**
 * θ_t = seasonalTemperature(t) + 6·z_t for t = 1 … days, with z_t the standard normals of
 * `np.random.seed(seed); np.random.randn(days)`.
 * @returns the temperatures of days 1 … days, in °F, as plain numbers (float64)
 */
export function dailyTemperatures(days = 365, seed = 1): number[] {
  const noise = new RandomState(seed).randn(days);
  return Array.from(noise, (z, i) => seasonalTemperature(i + 1) + 6 * z);
}
