import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { PEACETOPIA_IMAGES } from "../../src/case-studies.ts";
import { splitSizes } from "./split-sizes.ts";

describe("splitSizes", () => {
  it("splits Peacetopia's 10,000,000 images 9,500,000 / 250,000 / 250,000 (95 / 2.5 / 2.5 %)", () => {
    expect(splitSizes(PEACETOPIA_IMAGES)).toEqual({
      train: 9_500_000,
      dev: 250_000,
      test: 250_000,
    });
  });

  it("keeps the old 60 / 20 / 20 rule on small data, 70 / 30 without a test set", () => {
    expect(splitSizes(100)).toEqual({ train: 60, dev: 20, test: 20 });
    expect(splitSizes(10_000)).toEqual({ train: 6_000, dev: 2_000, test: 2_000 });
    expect(splitSizes(10_000, 250_000, false)).toEqual({ train: 7_000, dev: 3_000, test: 0 });
  });

  it("gives the lecture's 98 / 1 / 1 at 1,000,000 when 10,000 dev examples are enough", () => {
    expect(splitSizes(1_000_000, 10_000)).toEqual({ train: 980_000, dev: 10_000, test: 10_000 });
  });

  it("switches from 60 / 20 / 20 to fixed dev and test sets at 1,250,000 examples", () => {
    expect(splitSizes(1_250_000)).toEqual({ train: 750_000, dev: 250_000, test: 250_000 });
    expect(splitSizes(2_000_000)).toEqual({ train: 1_500_000, dev: 250_000, test: 250_000 });
  });

  it("rounds the shares down and gives the remainder to train", () => {
    expect(splitSizes(13)).toEqual({ train: 9, dev: 2, test: 2 });
    expect(splitSizes(13, 250_000, false)).toEqual({ train: 10, dev: 3, test: 0 });
  });

  test.prop([
    fc.integer({ min: 0, max: 50_000_000 }),
    fc.integer({ min: 1, max: 500_000 }),
    fc.boolean(),
  ])(
    "uses every example once, dev = test ≤ maxEvalSize, and dev never above 20 % (30 % without test)",
    (m, maxEvalSize, withTest) => {
      const { train, dev, test } = splitSizes(m, maxEvalSize, withTest);
      expect(train + dev + test).toBe(m);
      for (const n of [train, dev, test]) expect(Number.isInteger(n) && n >= 0).toBe(true);
      expect(dev).toBeLessThanOrEqual(maxEvalSize);
      expect(test).toBe(withTest ? dev : 0);
      expect(dev).toBeLessThanOrEqual((withTest ? 0.2 : 0.3) * m);
    },
  );

  test.prop([fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 1_000_000 })])(
    "more data never shrinks any set",
    (m, extra) => {
      const a = splitSizes(m);
      const b = splitSizes(m + extra);
      expect(b.train).toBeGreaterThanOrEqual(a.train);
      expect(b.dev).toBeGreaterThanOrEqual(a.dev);
    },
  );
});
