import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { ReviewedSet } from "../../src/error-analysis.ts";
import { correctedErrors } from "./corrected-errors.ts";

/**
 * A set of n binary examples the model gets `errors` wrong on, `labelFaults` of them
 * because the label is wrong, plus `hidden` examples it "gets right" against a wrong label.
 */
function lectureSet(n: number, errors: number, labelFaults: number, hidden = 0): ReviewedSet {
  const labels = Array.from({ length: n }, (_, i) => i % 2);
  const predictions = labels.map((y, i) => (i < errors ? 1 - y : y));
  const reviewedLabels = labels.map((y, i) =>
    i < labelFaults || (i >= errors && i < errors + hidden) ? 1 - y : y,
  );
  return { predictions, labels, reviewedLabels };
}

/** Reviewed sets of up to 60 examples in 3 classes. */
const reviewedSet = fc
  .array(fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2)), { minLength: 1, maxLength: 60 })
  .map(
    (rows): ReviewedSet => ({
      predictions: rows.map((r) => r[0]),
      labels: rows.map((r) => r[1]),
      reviewedLabels: rows.map((r) => r[2]),
    }),
  );

describe("correctedErrors", () => {
  it("finds the lecture's numbers: 10 % error, 0.6 % labels → 9.4 % and a 6 % labelling share", () => {
    const { dev } = correctedErrors(lectureSet(1000, 100, 6), lectureSet(1000, 100, 6), "mistakes");
    expect(dev.errorBefore).toBeCloseTo(0.1, 12);
    expect(dev.labelErrors).toBeCloseTo(0.006, 12);
    expect(dev.errorAfter).toBeCloseTo(0.094, 12);
    expect(dev.labelShare).toBeCloseTo(0.06, 12);
  });

  it("finds the lecture's second case: 2 % error, the same 0.6 % is now 30 % of it", () => {
    const { dev } = correctedErrors(lectureSet(1000, 20, 6), lectureSet(1000, 20, 6), "mistakes");
    expect(dev.errorAfter).toBeCloseTo(0.014, 12);
    expect(dev.labelShare).toBeCloseTo(0.3, 12);
  });

  it("corrects the test set by the same process as the dev set", () => {
    const { test } = correctedErrors(lectureSet(1000, 20, 6), lectureSet(500, 40, 10));
    expect(test.errorBefore).toBeCloseTo(0.08, 12);
    expect(test.labelErrors).toBeCloseTo(0.02, 12);
    expect(test.errorAfter).toBeCloseTo(0.06, 12);
    expect(test.labelShare).toBeCloseTo(0.25, 12);
  });

  it("reviewing all examples also finds the ones the model got right only against a wrong label", () => {
    const set = lectureSet(1000, 20, 6, 3);
    const mistakesOnly = correctedErrors(set, set, "mistakes").dev;
    const all = correctedErrors(set, set, "all").dev;
    expect(mistakesOnly.errorAfter).toBeCloseTo(0.014, 12);
    expect(all.errorAfter).toBeCloseTo(0.017, 12);
    expect(all.labelErrors).toBeCloseTo(0.006, 12);
    expect(correctedErrors(set, set).dev).toEqual(all); // "all" is the default
  });

  test.prop([reviewedSet, reviewedSet])(
    "errorAfter = errorBefore − labelErrors when only mistakes are reviewed, labelShare = labelErrors / errorBefore",
    (dev, test) => {
      const result = correctedErrors(dev, test, "mistakes");
      for (const [name, set] of [
        ["dev", dev],
        ["test", test],
      ] as const) {
        const r = result[name];
        const n = set.labels.length;
        const wrong = set.predictions.filter((p, i) => p !== set.labels[i]).length;
        expect(r.errorBefore).toBeCloseTo(wrong / n, 12);
        expect(r.errorAfter).toBeCloseTo(r.errorBefore - r.labelErrors, 12);
        expect(r.labelShare).toBeCloseTo(wrong === 0 ? 0 : r.labelErrors / r.errorBefore, 12);
        expect(r.labelShare).toBeLessThanOrEqual(1);
      }
    },
  );

  test.prop([reviewedSet])(
    "a full review measures the error against the reviewed labels",
    (set) => {
      const { dev } = correctedErrors(set, set, "all");
      const n = set.labels.length;
      const wrong = set.predictions.filter((p, i) => p !== set.reviewedLabels[i]).length;
      expect(dev.errorAfter).toBeCloseTo(wrong / n, 12);
      expect(dev.errorAfter).toBeGreaterThanOrEqual(dev.errorBefore - dev.labelErrors - 1e-12);
    },
  );
});
