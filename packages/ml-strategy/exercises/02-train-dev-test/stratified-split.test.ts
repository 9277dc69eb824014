import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { stratifiedSplit } from "./stratified-split.ts";

/** 100 sky images, 10 with a bird (label 1). */
const skies = Array.from({ length: 100 }, (_, i) => (i % 10 === 3 ? 1 : 0));
const count = (indices: number[], labels: readonly number[], c: number) =>
  indices.filter((i) => labels[i] === c).length;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

const labelsArb = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 80 });
const fractionsArb = fc.constantFrom(
  { train: 0.6, dev: 0.2, test: 0.2 },
  { train: 0.7, dev: 0.2, test: 0.1 },
  { train: 0.98, dev: 0.01, test: 0.01 },
  { train: 0.5, dev: 0.25, test: 0.25 },
);

describe("stratifiedSplit", () => {
  it("keeps 10 % birds in every set of a 60 / 20 / 20 split", () => {
    const { train, dev, test } = stratifiedSplit(skies, { train: 0.6, dev: 0.2, test: 0.2 });
    expect([train.length, dev.length, test.length]).toEqual([60, 20, 20]);
    expect([count(train, skies, 1), count(dev, skies, 1), count(test, skies, 1)]).toEqual([
      6, 2, 2,
    ]);
  });

  it("rounds each class's dev and test shares down, train takes the rest", () => {
    // 7 of class 0, 3 of class 1; 70 / 20 / 10: class 0 → 1 dev, 0 test; class 1 → 0 dev, 0 test
    const labels = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1];
    const { train, dev, test } = stratifiedSplit(labels, { train: 0.7, dev: 0.2, test: 0.1 });
    expect([train.length, dev.length, test.length]).toEqual([9, 1, 0]);
    expect(labels[dev[0]!]).toBe(0);
  });

  it("gives the same split for the same seed and another for another seed", () => {
    const a = stratifiedSplit(skies, { train: 0.6, dev: 0.2, test: 0.2 }, 3);
    const b = stratifiedSplit(skies, { train: 0.6, dev: 0.2, test: 0.2 }, 3);
    const c = stratifiedSplit(skies, { train: 0.6, dev: 0.2, test: 0.2 }, 4);
    expect(sorted(b.dev)).toEqual(sorted(a.dev));
    expect(sorted(c.dev)).not.toEqual(sorted(a.dev));
  });

  test.prop([labelsArb, fractionsArb, fc.nat(1000)])(
    "partitions the examples: every index in exactly one set, no leak",
    (labels, fractions, seed) => {
      const { train, dev, test } = stratifiedSplit(labels, fractions, seed);
      const all = sorted([...train, ...dev, ...test]);
      expect(all).toEqual(labels.map((_, i) => i));
    },
  );

  test.prop([labelsArb, fractionsArb, fc.nat(1000)])(
    "gives each class ⌊n_c · dev⌋ dev and ⌊n_c · test⌋ test examples, and is reproducible",
    (labels, fractions, seed) => {
      const split = stratifiedSplit(labels, fractions, seed);
      for (const c of new Set(labels)) {
        const n = labels.filter((y) => y === c).length;
        expect(count(split.dev, labels, c)).toBe(Math.floor(n * fractions.dev));
        expect(count(split.test, labels, c)).toBe(Math.floor(n * fractions.test));
      }
      const again = stratifiedSplit(labels, fractions, seed);
      expect(sorted(again.train)).toEqual(sorted(split.train));
      expect(sorted(again.dev)).toEqual(sorted(split.dev));
    },
  );
});
