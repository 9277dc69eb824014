import { between, defineChecks, expectNumbers } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { sampleMomentumBeta } from "../../solutions/06-hyperparameter-search/sample-momentum-beta.ts";
import { expectEvenDecades, samplesContract } from "./data.ts";

/** lo = 1 − 10^−k, hi = 1 − 10^−(k + d): β from 0.9 (k = 1) up to 0.99999. */
function nines(rng: RandomState) {
  const k = between(rng, 1, 3);
  const d = between(rng, 2, 3);
  return { lo: 1 - 10 ** -k, hi: 1 - 10 ** -(k + d) };
}

export default defineChecks("sampleMomentumBeta", [
  samplesContract("sampleMomentumBeta", 0.9, 0.999, (n) => sampleMomentumBeta(n)),
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "equals 1 − 10^r with r from log10(1 − hi) to log10(1 − lo), u from RandomState(seed).rand(n), on random ranges and seeds",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const { lo, hi } = nines(rng);
        const [n, seed] = [between(rng, 3, 12), between(rng, 0, 10_000)];
        input("(n, lo, hi, seed)", [n, lo, hi, seed]);
        expectNumbers(
          `sampleMomentumBeta(${n}, ${lo}, ${hi}, ${seed})`,
          await call(n, lo, hi, seed),
          sampleMomentumBeta(n, lo, hi, seed),
          { rtol: 1e-12, atol: 1e-14 },
        );
      }
    },
  },
  {
    id: "even-decades-of-one-minus-beta",
    kind: "property",
    points: 2,
    description:
      "1 − β of 3000 samples spreads evenly over its decades (as many β in [0.99, 0.999] as in [0.9, 0.99])",
    async run({ call, rng }) {
      const { lo, hi } = nines(rng);
      const seed = between(rng, 0, 10_000);
      const betas = await call(3000, lo, hi, seed);
      if (!Array.isArray(betas))
        throw new CheckError("sampleMomentumBeta should return an array of numbers");
      expectEvenDecades(
        `1 − sampleMomentumBeta(3000, ${lo}, ${hi}, ${seed})`,
        betas.map((b: number) => 1 - b),
        1 - hi,
        1 - lo,
        3000,
      );
      expectNumbers(
        `sampleMomentumBeta(3000, ${lo}, ${hi}, ${seed})`,
        betas,
        sampleMomentumBeta(3000, lo, hi, seed),
        { rtol: 1e-12, atol: 1e-14 },
      );
    },
  },
  {
    id: "bounds-and-seed",
    kind: "property",
    points: 1,
    description: "stays in [lo, hi]; the same seed gives the same betas",
    async run({ call, property }) {
      await property(
        fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }), fc.nat(100_000)),
        async ([k, d, seed]) => {
          const [lo, hi] = [1 - 10 ** -k, 1 - 10 ** -(k + d)];
          const a = await call(10, lo, hi, seed);
          for (const b of a)
            if (!(b >= lo - 1e-12 && b <= hi + 1e-12))
              throw new CheckError(
                `sampleMomentumBeta(10, ${lo}, ${hi}, ${seed}) returns ${b}, outside [lo, hi]`,
              );
          if (JSON.stringify(await call(10, lo, hi, seed)) !== JSON.stringify(a))
            throw new CheckError(
              `sampleMomentumBeta(10, ${lo}, ${hi}, ${seed}) differs between two calls`,
            );
          expectNumbers(
            `sampleMomentumBeta(10, ${lo}, ${hi}, ${seed})`,
            a,
            sampleMomentumBeta(10, lo, hi, seed),
            { rtol: 1e-12, atol: 1e-14 },
          );
        },
        { numRuns: 10 },
      );
    },
  },
]);
