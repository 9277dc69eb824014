import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  ORNITHOLOGIST_TEAM_ERROR,
  PEACETOPIA_ERRORS,
  PEACETOPIA_HUMAN_ERRORS,
} from "../../src/case-studies.ts";
import { compareToHumanLevel } from "./compare-to-human-level.ts";

const humans = [...PEACETOPIA_HUMAN_ERRORS, ORNITHOLOGIST_TEAM_ERROR];
const rate = fc.double({ min: 0, max: 30, noNaN: true });

describe("compareToHumanLevel", () => {
  it("cannot decide train 4.0 % / dev 4.5 % without a human level (quiz: insufficient information)", () => {
    const { train, dev } = PEACETOPIA_ERRORS.withoutHumanLevel;
    const got = compareToHumanLevel([], train, dev);
    expect(got.focus).toBe("insufficient-information");
    expect(got.bayesProxy).toBeNull();
    expect(got.avoidableBias).toBeNull();
    expect(got.variance).toBeCloseTo(0.5, 12);
  });

  it("sends Peacetopia (human 0.1 %, train 2.0 %, dev 2.1 %) to avoidable bias: 1.9 % ≫ 0.1 %", () => {
    const { train, dev } = PEACETOPIA_ERRORS.biased;
    const got = compareToHumanLevel(humans, train, dev);
    expect(got.bayesProxy).toBe(0.1);
    expect(got.avoidableBias).toBeCloseTo(1.9, 12);
    expect(got.variance).toBeCloseTo(0.1, 12);
    expect(got.focus).toBe("avoidable-bias");
  });

  it("sees Peacetopia's train and dev 0.05 % below the team's 0.1 % as beyond human level", () => {
    const { train, dev } = PEACETOPIA_ERRORS.beyondHumanLevel;
    const got = compareToHumanLevel([ORNITHOLOGIST_TEAM_ERROR], train, dev);
    expect(got.focus).toBe("beyond-human-level");
    expect(got.avoidableBias).toBeCloseTo(-0.05, 12);
  });

  it("follows the lecture's cats: human 1 % → bias (7 vs 2), human 7.5 % → variance (0.5 vs 2)", () => {
    expect(compareToHumanLevel([1], 8, 10).focus).toBe("avoidable-bias");
    expect(compareToHumanLevel([7.5], 8, 10).focus).toBe("variance");
  });

  it("gives a tie to avoidable bias, and judges 'beyond' on the dev error", () => {
    expect(compareToHumanLevel([1], 2, 3).focus).toBe("avoidable-bias");
    // train 0.5 % beats the human 1 %, but dev 5 % does not: a variance problem
    expect(compareToHumanLevel([1], 0.5, 5).focus).toBe("variance");
  });

  test.prop([fc.array(rate, { minLength: 1, maxLength: 5 }), rate, rate])(
    "avoidable bias + variance = dev − best human, and the focus follows the documented rules",
    (human, train, dev) => {
      const got = compareToHumanLevel(human, train, dev);
      const best = Math.min(...human);
      expect(got.bayesProxy).toBe(best);
      expect(got.avoidableBias! + got.variance).toBeCloseTo(dev - best, 9);
      const expected =
        dev < best
          ? "beyond-human-level"
          : train - best >= dev - train
            ? "avoidable-bias"
            : "variance";
      expect(got.focus).toBe(expected);
    },
  );
});
