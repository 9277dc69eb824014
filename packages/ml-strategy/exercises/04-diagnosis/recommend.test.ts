import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { DRIVING_ERRORS } from "../../src/case-studies.ts";
import { PROBLEMS, REMEDIES } from "../../src/diagnosis.ts";
import { recommend } from "./recommend.ts";

const problems = (gaps: Parameters<typeof recommend>[0]) => recommend(gaps).map((r) => r.problem);
const gap = fc.option(fc.double({ min: -5, max: 20, noNaN: true }), { nil: null });
const gapsArb = fc.record({
  avoidableBias: fc.double({ min: -5, max: 20, noNaN: true }),
  variance: fc.double({ min: -5, max: 20, noNaN: true }),
  dataMismatch: gap,
  devOverfitting: gap,
});

describe("recommend", () => {
  it("sends Peacetopia (bias 1.9, variance 0.1) to a bigger model or longer training", () => {
    const [first, ...rest] = recommend({
      avoidableBias: 1.9,
      variance: 0.1,
      dataMismatch: null,
      devOverfitting: null,
    });
    expect(first).toEqual({ problem: "avoidableBias", gap: 1.9, remedies: REMEDIES.avoidableBias });
    expect(rest).toEqual([]);
  });

  it("asks for a bigger dev set first when test 7.0 % is far above dev 2.1 %", () => {
    expect(
      problems({ avoidableBias: 1.9, variance: 0.1, dataMismatch: null, devOverfitting: 4.9 }),
    ).toEqual(["devOverfitting", "avoidableBias"]);
  });

  it("finds the driving quiz's avoidable bias (8.3) and data mismatch (5.2), not 0.3 or 0.5", () => {
    expect(
      problems({ avoidableBias: 8.3, variance: 0.3, dataMismatch: 5.2, devOverfitting: 0.5 }),
    ).toEqual(["avoidableBias", "dataMismatch"]);
  });

  it("never recommends fixing a negative gap: dev easier than train-dev is no mismatch", () => {
    const { human, train, trainDev, dev, test } = DRIVING_ERRORS.easierDev;
    const gaps = {
      avoidableBias: train - human,
      variance: trainDev - train,
      dataMismatch: dev - trainDev,
      devOverfitting: test - dev,
    };
    expect(problems(gaps)).toEqual(["avoidableBias"]);
  });

  it("keeps the lectures' order on a tie (speech: bias 3 = variance 3), and [] with nothing to fix", () => {
    expect(
      problems({ avoidableBias: 3, variance: 3, dataMismatch: -4, devOverfitting: null }),
    ).toEqual(["avoidableBias", "variance"]);
    expect(problems({ avoidableBias: 0, variance: 0, dataMismatch: 0, devOverfitting: 0 })).toEqual(
      [],
    );
  });

  test.prop([gapsArb])(
    "lists positive measured gaps only, largest first, none below a third of the largest",
    (gaps) => {
      const got = recommend(gaps);
      const largest = Math.max(0, ...PROBLEMS.map((p) => gaps[p] ?? 0));
      for (const r of got) {
        expect(r.gap).toBe(gaps[r.problem]);
        expect(r.gap).toBeGreaterThan(0);
        expect(r.gap).toBeGreaterThanOrEqual(largest / 3 - 1e-12);
        expect(r.remedies).toEqual(REMEDIES[r.problem]);
      }
      for (let i = 1; i < got.length; i++) expect(got[i]!.gap).toBeLessThanOrEqual(got[i - 1]!.gap);
      if (largest > 0) expect(got[0]!.gap).toBe(largest);
    },
  );

  test.prop([gapsArb, fc.double({ min: 0.05, max: 1, noNaN: true })])(
    "a larger minShare keeps fewer problems, each also kept by a smaller one",
    (gaps, share) => {
      const strict = recommend(gaps, share).map((r) => r.problem);
      const loose = recommend(gaps, share / 2).map((r) => r.problem);
      for (const p of strict) expect(loose).toContain(p);
    },
  );
});
