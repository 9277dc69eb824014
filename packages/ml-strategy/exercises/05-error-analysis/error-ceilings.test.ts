import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { DRIVING_ERROR_ANALYSIS, WIPER_ERROR_ANALYSIS } from "../../src/case-studies.ts";
import { type ErrorTally, tallyFromShares } from "../../src/error-analysis.ts";
import { errorCeilings } from "./error-ceilings.ts";

/** Tallies of 1 to 50 mistakes in 4 categories (any overlap) on a dev set of up to 1000. */
const tallies = fc
  .tuple(
    fc.integer({ min: 1, max: 50 }),
    fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 4, maxLength: 4 }),
    fc.integer({ min: 0, max: 950 }),
  )
  .map(([mistakes, counts, extra]): ErrorTally => {
    const devSize = mistakes + extra;
    const categories: ErrorTally["categories"] = {};
    counts.forEach((c, i) => {
      const count = Math.min(c, mistakes);
      categories[`category ${i}`] = {
        count,
        shareOfMistakes: count / mistakes,
        shareOfDev: count / devSize,
      };
    });
    return { devSize, mistakes, devError: mistakes / devSize, categories };
  });

describe("errorCeilings", () => {
  it("ranks the driving quiz's fixes: occlusion gains at most 8.2 % of the 15.3 %", () => {
    const tally = tallyFromShares(20_000, DRIVING_ERROR_ANALYSIS);
    const ceilings = errorCeilings(tally, 0.153);
    expect(ceilings.map((c) => c.category)).toEqual(["occluded", "mislabelled", "foggy", "other"]);
    expect(ceilings[0]!.ceiling).toBeCloseTo(0.082, 12);
    expect(ceilings[0]!.bestDevError).toBeCloseTo(0.071, 12);
    expect(ceilings[3]!.ceiling).toBeCloseTo(0.01, 12);
  });

  it("caps the windshield wiper at 2.2 % of the older quiz's 15.3 % (4.1 + 8.0 + 2.2 + 1.0)", () => {
    const tally = tallyFromShares(20_000, WIPER_ERROR_ANALYSIS);
    const wiper = errorCeilings(tally, 0.153).find((c) => c.category === "raindrops")!;
    expect(wiper.ceiling).toBeCloseTo(0.022, 12);
    expect(wiper.bestDevError).toBeCloseTo(0.131, 12);
  });

  it("scales a sample by the measured dev error: 5 dogs in 100 mistakes of a 10 % error → 9.5 % at best", () => {
    const tally: ErrorTally = {
      devSize: 100,
      mistakes: 100,
      devError: 1,
      categories: {
        dog: { count: 5, shareOfMistakes: 0.05, shareOfDev: 0.05 },
        "great cat": { count: 50, shareOfMistakes: 0.5, shareOfDev: 0.5 },
      },
    };
    const [cat, dog] = errorCeilings(tally, 0.1);
    expect(dog!.category).toBe("dog");
    expect(dog!.ceiling).toBeCloseTo(0.005, 12);
    expect(dog!.bestDevError).toBeCloseTo(0.095, 12);
    expect(cat!.ceiling).toBeCloseTo(0.05, 12);
  });

  test.prop([tallies])(
    "on the tally's own dev error, each ceiling is its category's share of the dev set",
    (tally) => {
      const ceilings = errorCeilings(tally, tally.devError);
      expect(ceilings).toHaveLength(Object.keys(tally.categories).length);
      for (const { category, ceiling, bestDevError } of ceilings) {
        expect(ceiling).toBeCloseTo(tally.categories[category]!.shareOfDev, 12);
        expect(ceiling).toBeLessThanOrEqual(tally.devError + 1e-12);
        expect(ceiling + bestDevError).toBeCloseTo(tally.devError, 12);
        expect(bestDevError).toBeGreaterThanOrEqual(-1e-12);
      }
    },
  );

  test.prop([tallies, fc.double({ min: 0, max: 1, noNaN: true })])(
    "sorts the fixes largest ceiling first, each at most the dev error",
    (tally, devError) => {
      const ceilings = errorCeilings(tally, devError);
      for (let i = 1; i < ceilings.length; i++)
        expect(ceilings[i - 1]!.ceiling).toBeGreaterThanOrEqual(ceilings[i]!.ceiling);
      for (const { category, ceiling } of ceilings) {
        expect(ceiling).toBeCloseTo(tally.categories[category]!.shareOfMistakes * devError, 12);
        expect(ceiling).toBeLessThanOrEqual(devError + 1e-12);
      }
    },
  );
});
