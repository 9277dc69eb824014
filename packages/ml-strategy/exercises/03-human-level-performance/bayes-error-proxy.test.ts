import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ORNITHOLOGIST_TEAM_ERROR, PEACETOPIA_HUMAN_ERRORS } from "../../src/case-studies.ts";
import { bayesErrorProxy } from "./bayes-error-proxy.ts";

const errors = fc.array(fc.double({ min: 0, max: 50, noNaN: true }), {
  minLength: 1,
  maxLength: 12,
});

describe("bayesErrorProxy", () => {
  it("takes Peacetopia's best ornithologist (0.3 %), not the average (0.75 %) nor a citizen", () => {
    expect(bayesErrorProxy(PEACETOPIA_HUMAN_ERRORS)).toBe(0.3);
  });

  it("takes the team of ornithologists (0.1 %) once it is measured", () => {
    expect(bayesErrorProxy([...PEACETOPIA_HUMAN_ERRORS, ORNITHOLOGIST_TEAM_ERROR])).toBe(0.1);
  });

  it("takes the lecture's team of doctors (0.5 %) over typical humans (3 %) and doctors (1 %, 0.7 %)", () => {
    expect(bayesErrorProxy([3, 1, 0.7, 0.5])).toBe(0.5);
  });

  it("compares numbers, not strings: 9.5 % beats 12 %", () => {
    expect(bayesErrorProxy([12, 9.5, 10])).toBe(9.5);
  });

  it("returns null when no human was measured", () => {
    expect(bayesErrorProxy([])).toBeNull();
  });

  test.prop([errors])("is one of the errors and no error is below it", (xs) => {
    const proxy = bayesErrorProxy(xs)!;
    expect(xs).toContain(proxy);
    for (const x of xs) expect(proxy).toBeLessThanOrEqual(x);
  });

  test.prop([errors, fc.double({ min: 0, max: 50, noNaN: true })])(
    "measuring one more human never raises it, whatever the order",
    (xs, extra) => {
      expect(bayesErrorProxy([...xs, extra])!).toBeLessThanOrEqual(bayesErrorProxy(xs)!);
      expect(bayesErrorProxy([...xs].reverse())).toBe(bayesErrorProxy(xs));
    },
  );
});
