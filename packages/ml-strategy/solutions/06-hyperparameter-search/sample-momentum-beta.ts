import { RandomState } from "@dlc/student-kit/check";

/**
 * Samples momentum (exponentially weighted average) betas on the right scale: 1 − β is
 * what matters (β averages over about 1 / (1 − β) steps), so 1 − β is sampled on a log
 * scale. For β in [0.9, 0.999]: r uniform in [−3, −1], β = 1 − 10^r, and β in
 * [0.99, 0.999] half of the time, where a linear scale would put only a tenth there.
 *
 * @param n how many betas
 * @param lo smallest β (< 1)
 * @param hi largest β (lo < hi < 1)
 * @param seed the generator's seed: r = log10(1 − hi) + (log10(1 − lo) − log10(1 − hi)) · u
 *   for each u of `new RandomState(seed).rand(n)`
 * @returns n betas in [lo, hi]
 */
export function sampleMomentumBeta(n: number, lo = 0.9, hi = 0.999, seed = 0): number[] {
  const [a, b] = [Math.log10(1 - hi), Math.log10(1 - lo)];
  return Array.from(new RandomState(seed).rand(n), (u) => 1 - 10 ** (a + (b - a) * u));
}
