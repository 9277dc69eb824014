import { defineChecks } from "@dlc/grader/checks";
import { CheckError, expectPlain } from "@dlc/student-kit/check";
import * as fc from "fast-check";
import { errorCeilings } from "../../solutions/05-error-analysis/error-ceilings.ts";
import { DRIVING_ERROR_ANALYSIS, WIPER_ERROR_ANALYSIS } from "../../src/case-studies.ts";
import type { ErrorCeiling, ErrorTally } from "../../src/error-analysis.ts";
import { tallyFromShares } from "../../src/error-analysis.ts";
import { sampledTally } from "./data.ts";

export default defineChecks("errorCeilings", [
  {
    id: "returns-ceilings",
    kind: "contract",
    points: 1,
    description: "returns an array of { category, ceiling, bestDevError }, one per category",
    async run({ call }) {
      const tally = tallyFromShares(1000, { foggy: 0.05, occluded: 0.03 });
      expectPlain("errorCeilings(tally, 0.08)", await call(tally, 0.08), [
        { category: "foggy", ceiling: 0.05, bestDevError: 0.03 },
        { category: "occluded", ceiling: 0.03, bestDevError: 0.05 },
      ]);
      // a second, different call: an answer remembered from the first one does not fit it
      const other = tallyFromShares(500, { blurry: 0.04, foggy: 0.01 });
      expectPlain("errorCeilings(tally, 0.1)", await call(other, 0.1), errorCeilings(other, 0.1));
    },
  },
  {
    id: "quiz-ceilings",
    kind: "reference",
    points: 2,
    description:
      "the driving quiz: occlusion gains at most 8.2 % of 15.3 %, first in the list; the wiper at most 2.2 %",
    async run({ call }) {
      const driving = tallyFromShares(20_000, DRIVING_ERROR_ANALYSIS);
      expectPlain(
        "errorCeilings(driving quiz tally, 0.153)",
        await call(driving, 0.153),
        errorCeilings(driving, 0.153),
      );
      const wiper = tallyFromShares(20_000, WIPER_ERROR_ANALYSIS);
      expectPlain(
        "errorCeilings(wiper quiz tally, 0.153)",
        await call(wiper, 0.153),
        errorCeilings(wiper, 0.153),
      );
    },
  },
  {
    id: "sampled-mistakes",
    kind: "reference",
    points: 3,
    description:
      "a tally of a sample of the mistakes (the lecture's 100): each ceiling is the share of the mistakes times the measured dev error",
    async run({ call, rng, input }) {
      for (let i = 0; i < 4; i++) {
        const tally = sampledTally(rng);
        const devError = 0.02 + 0.3 * rng.rand(1)[0]!;
        input("tally", tally);
        input("devError", devError);
        expectPlain(
          `errorCeilings(tally of ${tally.mistakes} examined mistakes, ${devError.toFixed(4)})`,
          await call(tally, devError),
          errorCeilings(tally, devError),
        );
      }
    },
  },
  {
    id: "never-above-share",
    kind: "property",
    points: 1,
    description:
      "on the tally's own dev error, no ceiling exceeds its category's share of the dev set, and the list is sorted largest first",
    async run({ call, property }) {
      const arbitrary = fc
        .tuple(
          fc.integer({ min: 1, max: 60 }),
          fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 0, max: 500 }),
        )
        .map(([mistakes, counts, extra]): ErrorTally => {
          const devSize = mistakes + extra;
          const categories: ErrorTally["categories"] = {};
          counts.forEach((c, i) => {
            const count = Math.min(c, mistakes);
            categories[`c${i}`] = {
              count,
              shareOfMistakes: count / mistakes,
              shareOfDev: count / devSize,
            };
          });
          return { devSize, mistakes, devError: mistakes / devSize, categories };
        });
      await property(arbitrary, async (tally) => {
        const ceilings = (await call(tally, tally.devError)) as ErrorCeiling[];
        if (!Array.isArray(ceilings) || ceilings.length !== Object.keys(tally.categories).length)
          throw new CheckError("errorCeilings should return one ceiling per category of the tally");
        expectPlain(
          "errorCeilings(tally, tally.devError)",
          ceilings,
          errorCeilings(tally, tally.devError),
        );
        ceilings.forEach((c, i) => {
          const share = tally.categories[c.category]?.shareOfDev;
          if (share === undefined)
            throw new CheckError(`errorCeilings returns an unknown category '${c.category}'`);
          if (!(c.ceiling <= share + 1e-12))
            throw new CheckError(
              `errorCeilings: the ceiling of '${c.category}' is ${c.ceiling}, above its share of the dev set ${share}: a fix can remove at most the mistakes of its category`,
            );
          if (i > 0 && ceilings[i - 1]!.ceiling < c.ceiling)
            throw new CheckError(
              `errorCeilings: ceiling ${i} is larger than ceiling ${i - 1}: sort largest first`,
            );
        });
      });
    },
  },
  {
    id: "zero-error-and-ties",
    kind: "reference",
    points: 1,
    description:
      "equal shares tie and are listed by category name; at dev error 0 every ceiling is 0, still by name",
    async run({ call }) {
      const tally = tallyFromShares(1000, { occluded: 0.02, blurry: 0.02, foggy: 0.04 });
      for (const devError of [0.08, 0])
        expectPlain(
          `errorCeilings({ occluded 2 %, blurry 2 %, foggy 4 % }, ${devError})`,
          await call(tally, devError),
          errorCeilings(tally, devError),
        );
    },
  },
]);
