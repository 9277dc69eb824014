import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { DRIVING_ERRORS, PEACETOPIA_ERRORS } from "../../src/case-studies.ts";
import { errorGaps } from "./error-gaps.ts";

const rate = fc.double({ min: 0, max: 40, noNaN: true });

describe("errorGaps", () => {
  it("measures Peacetopia without a train-dev set: bias 1.9, variance = dev − train = 0.1", () => {
    const gaps = errorGaps(PEACETOPIA_ERRORS.biased);
    expect(gaps.avoidableBias).toBeCloseTo(1.9, 12);
    expect(gaps.variance).toBeCloseTo(0.1, 12);
    expect(gaps.dataMismatch).toBeNull();
    expect(gaps.devOverfitting).toBeNull();
  });

  it("finds Peacetopia's dev set overfit: test 7.0 % − dev 2.1 % = 4.9", () => {
    expect(errorGaps(PEACETOPIA_ERRORS.overfitDev).devOverfitting).toBeCloseTo(4.9, 12);
  });

  it("splits the driving table 0.5 / 8.8 / 9.1 / 14.3 / 14.8 % into 8.3, 0.3, 5.2 and 0.5", () => {
    const gaps = errorGaps(DRIVING_ERRORS.biasAndMismatch);
    expect(gaps.avoidableBias).toBeCloseTo(8.3, 12);
    expect(gaps.variance).toBeCloseTo(0.3, 12);
    expect(gaps.dataMismatch).toBeCloseTo(5.2, 12);
    expect(gaps.devOverfitting).toBeCloseTo(0.5, 12);
  });

  it("shows a negative mismatch when dev (1.3 %) is easier than train-dev (2.3 %)", () => {
    const gaps = errorGaps(DRIVING_ERRORS.easierDev);
    expect(gaps.variance).toBeCloseTo(0.3, 12);
    expect(gaps.dataMismatch).toBeCloseTo(-1.0, 12);
    expect(gaps.devOverfitting).toBeCloseTo(-0.2, 12);
  });

  test.prop([rate, rate, rate, rate, rate])(
    "the four gaps add up to test − human",
    (human, train, trainDev, dev, test) => {
      const g = errorGaps({ human, train, trainDev, dev, test });
      const sum = g.avoidableBias + g.variance + g.dataMismatch! + g.devOverfitting!;
      expect(sum).toBeCloseTo(test - human, 9);
    },
  );

  test.prop([rate, rate, rate])(
    "without train-dev and test, variance is dev − train and the two gaps add up to dev − human",
    (human, train, dev) => {
      const g = errorGaps({ human, train, dev });
      expect(g.variance).toBeCloseTo(dev - train, 9);
      expect(g.avoidableBias + g.variance).toBeCloseTo(dev - human, 9);
      expect(g.dataMismatch).toBeNull();
      expect(g.devOverfitting).toBeNull();
    },
  );
});
