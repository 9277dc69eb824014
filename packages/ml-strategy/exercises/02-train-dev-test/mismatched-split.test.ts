import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { mismatchedSplit } from "./mismatched-split.ts";

/** The driving data at 1/10: 10,000 front-camera images and 90,000 from the internet. */
const driving = [...new Array(10_000).fill("car"), ...new Array(90_000).fill("internet")];
const isCar = (i: number) => i < 10_000;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

const sourcesArb = fc
  .tuple(fc.integer({ min: 10, max: 60 }), fc.integer({ min: 5, max: 120 }))
  .map(([car, web]) => [...new Array(car).fill("car"), ...new Array(web).fill("internet")]);

describe("mismatchedSplit", () => {
  it("splits the driving data like the quiz (at 1/10): 94,000 / 2,000 / 2,000 / 2,000", () => {
    const sizes = { trainDev: 2_000, dev: 2_000, test: 2_000 };
    const { train, trainDev, dev, test } = mismatchedSplit(driving, "car", sizes, 0);
    expect([train.length, trainDev.length, dev.length, test.length]).toEqual([
      94_000, 2_000, 2_000, 2_000,
    ]);
    expect(dev.every(isCar) && test.every(isCar)).toBe(true);
    // the 6,000 car images left over go to the training mix, so train and train-dev both hold some
    const carInMix = train.filter(isCar).length + trainDev.filter(isCar).length;
    expect(carInMix).toBe(6_000);
    expect(trainDev.filter(isCar).length).toBeGreaterThan(50);
    expect(trainDev.filter(isCar).length).toBeLessThan(200);
  });

  it("throws a RangeError when there are not enough car images for dev and test", () => {
    const sources = ["car", "car", "internet", "internet"];
    expect(() => mismatchedSplit(sources, "car", { trainDev: 1, dev: 2, test: 1 })).toThrow(
      RangeError,
    );
  });

  test.prop([sourcesArb, fc.nat(1000)])(
    "partitions the examples, dev and test only from the target, and reproduces by seed",
    (sources, seed) => {
      const sizes = { trainDev: 5, dev: 4, test: 4 };
      const split = mismatchedSplit(sources, "car", sizes, seed);
      const all = sorted([...split.train, ...split.trainDev, ...split.dev, ...split.test]);
      expect(all).toEqual(sources.map((_, i) => i));
      expect([split.trainDev.length, split.dev.length, split.test.length]).toEqual([5, 4, 4]);
      for (const i of [...split.dev, ...split.test]) expect(sources[i]).toBe("car");
      const again = mismatchedSplit(sources, "car", sizes, seed);
      expect(sorted(again.trainDev)).toEqual(sorted(split.trainDev));
      expect(sorted(again.dev)).toEqual(sorted(split.dev));
    },
  );
});
