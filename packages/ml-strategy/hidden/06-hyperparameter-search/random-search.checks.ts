import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError, expectKeys, expectPlain } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { randomSearch } from "../../solutions/06-hyperparameter-search/random-search.ts";
import { LECTURE_SEARCH_SPACE } from "../../src/case-studies.ts";
import type { SearchSpace } from "../../src/hyperparameter-search.ts";
import { expectEvenDecades, randomSpace } from "./data.ts";

export default defineChecks("randomSearch", [
  {
    id: "returns-configurations",
    kind: "contract",
    points: 1,
    description:
      "returns `trials` configurations, each with a value for every hyperparameter of the space",
    async run({ call }) {
      const configs = await call(LECTURE_SEARCH_SPACE, 4, 0);
      if (!Array.isArray(configs) || configs.length !== 4)
        throw new CheckError(
          "randomSearch(space, 4, 0) should return an array of 4 configurations",
        );
      for (const [t, c] of configs.entries())
        expectKeys(`randomSearch(space, 4, 0)[${t}]`, c, Object.keys(LECTURE_SEARCH_SPACE));
      expectPlain("randomSearch(space, 4, 0)", configs, randomSearch(LECTURE_SEARCH_SPACE, 4, 0));
      // a second, different call: an answer remembered from the first one does not fit it
      expectPlain(
        "randomSearch(space, 2, 1)",
        await call(LECTURE_SEARCH_SPACE, 2, 1),
        randomSearch(LECTURE_SEARCH_SPACE, 2, 1),
      );
    },
  },
  {
    id: "lecture-space",
    kind: "reference",
    points: 2,
    description:
      "the lecture's space (α log, β one-minus-log, units, layers, mini-batch, keep-prob) with seed 0, as numpy draws it",
    async run({ call }) {
      expectPlain(
        "randomSearch(lecture space, 5, 0)",
        await call(LECTURE_SEARCH_SPACE, 5, 0),
        randomSearch(LECTURE_SEARCH_SPACE, 5, 0),
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "random spaces of mixed scales in random key order: one generator, trial after trial, key after key",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const space = randomSpace(rng);
        const [trials, seed] = [between(rng, 3, 10), between(rng, 0, 10_000)];
        input("space", space);
        input("(trials, seed)", [trials, seed]);
        expectPlain(
          `randomSearch({ ${Object.keys(space).join(", ")} }, ${trials}, ${seed})`,
          await call(space, trials, seed),
          randomSearch(space, trials, seed),
        );
      }
    },
  },
  {
    id: "scales-and-ranges",
    kind: "property",
    points: 2,
    description:
      "over 2000 trials: α spreads evenly over its decades, integers cover both ends of their range, every option is chosen",
    async run({ call, rng }) {
      const [lo, hi] = [between(rng, 1, 5), between(rng, 6, 9)];
      const space: SearchSpace = {
        units: { scale: "integer", lo, hi },
        alpha: { scale: "log", lo: 1e-5, hi: 1e-1 },
        batch: { scale: "choice", options: [16, 32, 64] },
      };
      const seed = between(rng, 0, 10_000);
      const configs = await call(space, 2000, seed);
      if (!Array.isArray(configs) || configs.length !== 2000)
        throw new CheckError("randomSearch(space, 2000, seed) should return 2000 configurations");
      const units = new Set(configs.map((c) => c.units));
      for (let u = lo; u <= hi; u++)
        if (!units.has(u))
          throw new CheckError(
            `randomSearch: an integer in [${lo}, ${hi}] never takes the value ${u} in 2000 trials (both ends are included: randint(lo, hi + 1))`,
          );
      if (units.size !== hi - lo + 1)
        throw new CheckError(
          `randomSearch: an integer in [${lo}, ${hi}] takes values outside it: ${[...units].sort().join(", ")}`,
        );
      const batches = new Set(configs.map((c) => c.batch));
      if (batches.size !== 3 || ![16, 32, 64].every((b) => batches.has(b)))
        throw new CheckError(
          `randomSearch: a choice among [16, 32, 64] gives ${[...batches].join(", ")}`,
        );
      expectEvenDecades(
        "randomSearch(…) α on a log scale",
        configs.map((c) => c.alpha),
        1e-5,
        1e-1,
        2000,
      );
      expectPlain(`randomSearch(space, 2000, ${seed})`, configs, randomSearch(space, 2000, seed));
    },
  },
  {
    id: "reproducible",
    kind: "property",
    points: 1,
    description:
      "the same seed gives the same configurations, and the trials differ from each other",
    async run({ call, property }) {
      await property(
        fc.tuple(fc.integer({ min: 2, max: 8 }), fc.nat(100_000)),
        async ([trials, seed]) => {
          const a = await call(LECTURE_SEARCH_SPACE, trials, seed);
          if (JSON.stringify(await call(LECTURE_SEARCH_SPACE, trials, seed)) !== JSON.stringify(a))
            throw new CheckError(
              `randomSearch(space, ${trials}, ${seed}) differs between two calls: draw from one new RandomState(seed)`,
            );
          if (a[0].learningRate === a[1].learningRate)
            throw new CheckError(
              "randomSearch: two trials have the same learning rate: draw new values for every trial",
            );
          expectPlain(
            `randomSearch(space, ${trials}, ${seed})`,
            a,
            randomSearch(LECTURE_SEARCH_SPACE, trials, seed),
          );
        },
        { numRuns: 10 },
      );
    },
  },
]);
