/** Seeded search-space inputs and the distribution checks of assignment 06. */

import { between, type Check, expectNumbers } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import type { Hyperparameter, SearchSpace } from "../../src/hyperparameter-search.ts";

/** lo = 10^k and hi = 10^(k + decades), k in [−7, −1], 2 to 4 decades. */
export function logRange(rng: RandomState): { lo: number; hi: number; decades: number } {
  const k = -between(rng, 1, 7);
  const decades = between(rng, 2, 4);
  return { lo: 10 ** k, hi: 10 ** (k + decades), decades };
}

/**
 * Asserts `values` spread evenly over the decades of [lo, hi] (each within ±15 % of its
 * share; with 3000 samples that is more than 5 standard deviations) and stay inside.
 */
export function expectEvenDecades(
  what: string,
  values: unknown,
  lo: number,
  hi: number,
  n: number,
) {
  if (!Array.isArray(values) || values.length !== n)
    throw new CheckError(`${what} should be an array of ${n} numbers`);
  const decades = Math.round(Math.log10(hi / lo));
  const counts = new Array<number>(decades).fill(0);
  for (const v of values) {
    if (typeof v !== "number" || !(v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)))
      throw new CheckError(`${what} returns ${v}, outside [${lo}, ${hi}]`);
    counts[Math.min(decades - 1, Math.max(0, Math.floor(Math.log10(v / lo))))]! += 1;
  }
  const share = n / decades;
  counts.forEach((count, d) => {
    if (Math.abs(count - share) > 0.15 * share)
      throw new CheckError(
        `${what}: ${count} of ${n} samples fall in [${lo * 10 ** d}, ${lo * 10 ** (d + 1)}), expected about ${Math.round(share)} (${decades} decades, one share each): sample the exponent uniformly, not the value (per decade: ${counts.join(", ")})`,
      );
  });
}

/** The contract check of a sampler: `fn(7)` returns 7 numbers inside its default [lo, hi]. */
export function samplesContract(
  fn: string,
  lo: number,
  hi: number,
  reference: (n: number) => number[],
): Check {
  return {
    id: "returns-n-numbers",
    kind: "contract",
    points: 1,
    description: `returns an array of n numbers, by default in [${lo}, ${hi}] and seed 0: the reference's`,
    async run({ call }) {
      const values = await call(7);
      if (
        !Array.isArray(values) ||
        values.length !== 7 ||
        values.some((v) => typeof v !== "number")
      )
        throw new CheckError(`${fn}(7) should return an array of 7 numbers`);
      if (values.some((v: number) => v < lo * (1 - 1e-9) || v > hi * (1 + 1e-9)))
        throw new CheckError(
          `${fn}(7) returns values outside [${lo}, ${hi}]: ${values.join(", ")}`,
        );
      expectNumbers(`${fn}(7)`, values, reference(7), { rtol: 1e-9, atol: 0 });
      // a second, different call: an answer remembered from the first one does not fit it
      expectNumbers(`${fn}(5)`, await call(5), reference(5), { rtol: 1e-9, atol: 0 });
    },
  };
}

/** A search space of 3 to 6 hyperparameters of mixed scales, in a random order. */
export function randomSpace(rng: RandomState): SearchSpace {
  const kinds: [string, () => Hyperparameter][] = [
    [
      "learningRate",
      () => {
        const { lo, hi } = logRange(rng);
        return { scale: "log", lo, hi };
      },
    ],
    ["beta", () => ({ scale: "one-minus-log", lo: 0.9, hi: 1 - 10 ** -between(rng, 2, 4) })],
    [
      "hiddenUnits",
      () => ({ scale: "integer", lo: between(rng, 5, 50), hi: between(rng, 60, 200) }),
    ],
    ["layers", () => ({ scale: "integer", lo: 1, hi: between(rng, 2, 6) })],
    ["keepProb", () => ({ scale: "linear", lo: 0.3 + 0.2 * rng.rand(1)[0]!, hi: 1 })],
    [
      "miniBatchSize",
      () => ({ scale: "choice", options: [32, 64, 128, 256, 512].slice(0, between(rng, 2, 5)) }),
    ],
    ["activation", () => ({ scale: "choice", options: ["relu", "tanh", "leaky-relu"] })],
  ];
  const order = rng.permutation(kinds.length).slice(0, between(rng, 3, 6));
  const space: SearchSpace = {};
  for (const i of order) {
    const [name, make] = kinds[i]!;
    space[name] = make();
  }
  return space;
}
