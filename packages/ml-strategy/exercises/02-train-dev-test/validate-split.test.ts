import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateSplit } from "./validate-split.ts";

/** Peacetopia scaled down: images 0–9 from the security cameras, 10–13 the citizens' data. */
const sources = [...new Array(10).fill("camera"), ...new Array(4).fill("citizens")];
const camera = ["camera"];

describe("validateSplit", () => {
  it("accepts the citizens' images in train: only dev and test must be camera images", () => {
    const split = { train: [0, 1, 2, 3, 4, 5, 10, 11, 12, 13], dev: [6, 7], test: [8, 9] };
    expect(validateSplit(split, sources, camera)).toEqual([]);
  });

  it("rejects the citizens' images in the test set: off target, and dev and test now differ", () => {
    const split = { train: [0, 1, 2, 3, 4, 5], dev: [6, 7], test: [8, 9, 10, 11, 12, 13] };
    expect(validateSplit(split, sources, camera)).toEqual(["test-off-target", "dev-test-mismatch"]);
  });

  it("rejects the citizens' images spread over train, dev and test: dev and test are off target", () => {
    const split = { train: [0, 1, 2, 3, 4, 5, 10, 11], dev: [6, 7, 12], test: [8, 9, 13] };
    expect(validateSplit(split, sources, camera)).toEqual(["dev-off-target", "test-off-target"]);
  });

  it("rejects dev from some regions and test from others, even when all are targets", () => {
    const regions = ["US", "UK", "India", "China", "US", "UK", "India", "China"];
    const split = { train: [0, 3], dev: [1, 4], test: [2, 5, 6, 7] };
    expect(validateSplit(split, regions, ["US", "UK", "India", "China"])).toEqual([
      "dev-test-mismatch",
    ]);
  });

  it("reports an example in two sets (train-dev included) as a leak", () => {
    expect(validateSplit({ train: [0, 1, 6], dev: [6, 7], test: [8, 9] }, sources, camera)).toEqual(
      ["leak"],
    );
    const withTrainDev = { train: [0, 10], trainDev: [1, 10], dev: [6, 7], test: [8, 9] };
    expect(validateSplit(withTrainDev, sources, camera)).toEqual(["leak"]);
  });

  /** A valid split of m camera and k citizen images drawn at random, dev and test both camera. */
  const validSplit = fc
    .tuple(fc.integer({ min: 4, max: 30 }), fc.integer({ min: 0, max: 30 }))
    .chain(([m, k]) =>
      fc.tuple(
        fc.constant(m),
        fc.constant(k),
        fc.shuffledSubarray(
          Array.from({ length: m }, (_, i) => i),
          { minLength: m, maxLength: m },
        ),
      ),
    )
    .map(([m, k, cams]) => {
      const src = [...new Array(m).fill("camera"), ...new Array(k).fill("citizens")];
      const half = Math.floor(m / 4);
      const split = {
        train: [...cams.slice(2 * half), ...Array.from({ length: k }, (_, i) => m + i)],
        dev: cams.slice(0, half || 1),
        test: cams.slice(half || 1, 2 * half || 2),
      };
      return { src, split };
    });

  test.prop([validSplit])(
    "accepts any partition whose dev and test hold only camera images",
    ({ src, split }) => {
      expect(validateSplit(split, src, camera)).toEqual([]);
    },
  );

  test.prop([validSplit, fc.nat()])(
    "finds the leak when one dev example is copied into train",
    ({ src, split }, pick) => {
      const copied = split.dev[pick % split.dev.length]!;
      const leaky = { ...split, train: [...split.train, copied] };
      expect(validateSplit(leaky, src, camera)).toContain("leak");
    },
  );
});
