import { between, defineChecks, expectNumbers } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { sampleLearningRate } from "../../solutions/06-hyperparameter-search/sample-learning-rate.ts";
import { expectEvenDecades, logRange, samplesContract } from "./data.ts";

export default defineChecks("sampleLearningRate", [
  samplesContract("sampleLearningRate", 1e-4, 1, (n) => sampleLearningRate(n)),
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "equals 10^r with r = log10 lo + (log10 hi − log10 lo)·u, u from RandomState(seed).rand(n), on random ranges and seeds",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const { lo, hi } = logRange(rng);
        const [n, seed] = [between(rng, 3, 12), between(rng, 0, 10_000)];
        input("(n, lo, hi, seed)", [n, lo, hi, seed]);
        expectNumbers(
          `sampleLearningRate(${n}, ${lo}, ${hi}, ${seed})`,
          await call(n, lo, hi, seed),
          sampleLearningRate(n, lo, hi, seed),
          { rtol: 1e-9, atol: 0 },
        );
      }
    },
  },
  {
    id: "even-decades",
    kind: "property",
    points: 2,
    description: "3000 samples spread evenly over the decades of a random range (log-uniform)",
    async run({ call, rng }) {
      const { lo, hi } = logRange(rng);
      const seed = between(rng, 0, 10_000);
      const samples = await call(3000, lo, hi, seed);
      expectEvenDecades(`sampleLearningRate(3000, ${lo}, ${hi}, ${seed})`, samples, lo, hi, 3000);
      expectNumbers(
        `sampleLearningRate(3000, ${lo}, ${hi}, ${seed})`,
        samples,
        sampleLearningRate(3000, lo, hi, seed),
        { rtol: 1e-9, atol: 0 },
      );
    },
  },
  {
    id: "reproducible",
    kind: "property",
    points: 1,
    description: "the same seed gives the same samples, another seed other samples",
    async run({ call, property }) {
      await property(
        fc.tuple(fc.integer({ min: 2, max: 20 }), fc.nat(100_000)),
        async ([n, seed]) => {
          const [a, b, c] = [
            await call(n, 1e-4, 1, seed),
            await call(n, 1e-4, 1, seed),
            await call(n, 1e-4, 1, seed + 1),
          ];
          if (JSON.stringify(a) !== JSON.stringify(b))
            throw new CheckError(
              `sampleLearningRate(${n}, 1e-4, 1, ${seed}) differs between two calls: draw from new RandomState(seed)`,
            );
          if (JSON.stringify(a) === JSON.stringify(c))
            throw new CheckError(
              `sampleLearningRate gives the same samples for seeds ${seed} and ${seed + 1}`,
            );
          expectNumbers(
            `sampleLearningRate(${n}, 1e-4, 1, ${seed})`,
            a,
            sampleLearningRate(n, 1e-4, 1, seed),
            { rtol: 1e-9, atol: 0 },
          );
        },
        { numRuns: 10 },
      );
    },
  },
]);
