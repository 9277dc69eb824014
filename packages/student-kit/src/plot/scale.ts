/**
 * Linear scales and "nice" ticks (steps of 1, 2 or 5 × 10ᵏ, as matplotlib and d3 choose
 * them), so every axis is labelled in the data's own units.
 */

/** Maps `domain` linearly onto `range` (pixels); a zero-width domain maps to the middle. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** The tick step for about `count` ticks over [lo, hi]: 1, 2 or 5 × 10ᵏ. */
export function tickStep(lo: number, hi: number, count = 5): number {
  const raw = Math.abs(hi - lo) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  // d3's thresholds: √50, √10, √2
  return (m >= Math.sqrt(50) ? 10 : m >= Math.sqrt(10) ? 5 : m >= Math.SQRT2 ? 2 : 1) * power;
}

/** [lo, hi] widened to whole ticks (a cost axis from 0 to 0.7, not to 0.6931). */
export function niceDomain(lo: number, hi: number, count = 5): [number, number] {
  if (lo === hi) return lo === 0 ? [0, 1] : [lo - Math.abs(lo) / 2, hi + Math.abs(hi) / 2];
  const step = tickStep(lo, hi, count);
  const round = (v: number) => Number(v.toPrecision(12));
  return [round(Math.floor(lo / step) * step), round(Math.ceil(hi / step) * step)];
}

/** The ticks inside [lo, hi], at multiples of `tickStep`. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  const step = tickStep(lo, hi, count);
  const out: number[] = [];
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  for (let k = first; k <= last; k++) out.push(Number((k * step).toPrecision(12)));
  return out;
}

/** A tick's label: as many decimals as its step needs, exponent form for tiny or huge values. */
export function formatTick(value: number, step: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4)
    return value.toExponential(
      Math.max(0, -Math.floor(Math.log10(step)) + Math.floor(Math.log10(abs))),
    );
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return value.toFixed(decimals);
}
