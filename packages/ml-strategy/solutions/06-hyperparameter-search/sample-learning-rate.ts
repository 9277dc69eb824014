import { RandomState } from "@dlc/student-kit/check";

/**
 * Samples learning rates on a log scale, as the lecture's `r = -4 * np.random.rand();
 * alpha = 10 ** r`: r uniform in [log10 lo, log10 hi], α = 10^r, so each decade
 * (0.0001–0.001, 0.001–0.01, …) gets the same share of the samples.
 *
 * @param n how many learning rates
 * @param lo smallest learning rate (> 0)
 * @param hi largest learning rate (> lo)
 * @param seed the generator's seed: r = log10 lo + (log10 hi − log10 lo) · u for each
 *   u of `new RandomState(seed).rand(n)` (numpy: `np.random.seed(seed); np.random.rand(n)`)
 * @returns n learning rates in [lo, hi]
 */
export function sampleLearningRate(n: number, lo = 1e-4, hi = 1, seed = 0): number[] {
  const [a, b] = [Math.log10(lo), Math.log10(hi)];
  return Array.from(new RandomState(seed).rand(n), (u) => 10 ** (a + (b - a) * u));
}
