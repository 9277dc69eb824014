import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { LECTURE_SEARCH_SPACE } from "../../src/case-studies.ts";
import { randomSearch } from "./random-search.ts";

describe("randomSearch", () => {
  it("draws like numpy, trial by trial and key by key (np.random.seed(0); rand, rand, randint, randint, randint, rand)", () => {
    const expected = [
      {
        learningRate: 0.01567667719550606,
        beta: 0.9730611698071459,
        hiddenUnits: 53,
        layers: 3,
        miniBatchSize: 512,
        keepProb: 0.8229470565333281,
      },
      {
        learningRate: 0.005627932047415164,
        beta: 0.939250039265743,
        hiddenUnits: 74,
        layers: 2,
        miniBatchSize: 256,
        keepProb: 0.738832558660675,
      },
      {
        learningRate: 0.1772861933751491,
        beta: 0.9908808503083351,
        hiddenUnits: 67,
        layers: 3,
        miniBatchSize: 128,
        keepProb: 0.5355180290989434,
      },
    ];
    const got = randomSearch(LECTURE_SEARCH_SPACE, 3);
    expect(got).toHaveLength(3);
    got.forEach((config, t) => {
      const e = expected[t]!;
      expect(Object.keys(config).sort()).toEqual(Object.keys(e).sort());
      expect(config.learningRate as number).toBeCloseTo(e.learningRate, 12);
      expect(config.beta as number).toBeCloseTo(e.beta, 12);
      expect(config.keepProb as number).toBeCloseTo(e.keepProb, 12);
      expect([config.hiddenUnits, config.layers, config.miniBatchSize]).toEqual([
        e.hiddenUnits,
        e.layers,
        e.miniBatchSize,
      ]);
    });
  });

  it("includes both ends of an integer range", () => {
    const layers = randomSearch({ layers: { scale: "integer", lo: 2, hi: 4 } }, 200, 5).map(
      (c) => c.layers,
    );
    expect(new Set(layers)).toEqual(new Set([2, 3, 4]));
  });

  test.prop([fc.integer({ min: 1, max: 30 }), fc.nat(1000)])(
    "every configuration has every hyperparameter within its range, and the seed reproduces them",
    (trials, seed) => {
      const configs = randomSearch(LECTURE_SEARCH_SPACE, trials, seed);
      expect(configs).toHaveLength(trials);
      for (const c of configs) {
        expect(c.learningRate).toBeGreaterThanOrEqual(1e-4 * (1 - 1e-12));
        expect(c.learningRate).toBeLessThanOrEqual(1);
        expect(c.beta).toBeGreaterThanOrEqual(0.9 - 1e-12);
        expect(c.beta).toBeLessThanOrEqual(0.999 + 1e-12);
        expect(Number.isInteger(c.hiddenUnits)).toBe(true);
        expect(c.hiddenUnits).toBeGreaterThanOrEqual(50);
        expect(c.hiddenUnits).toBeLessThanOrEqual(100);
        expect([64, 128, 256, 512]).toContain(c.miniBatchSize);
        expect(c.keepProb).toBeGreaterThanOrEqual(0.5);
        expect(c.keepProb).toBeLessThanOrEqual(1);
      }
      expect(randomSearch(LECTURE_SEARCH_SPACE, trials, seed)).toEqual(configs);
    },
  );
});
