import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluationMetrics } from "./evaluation-metrics.ts";

const bits = (m: number) => fc.array(fc.constantFrom(0, 1), { minLength: m, maxLength: m });
const pairs = fc.integer({ min: 0, max: 30 }).chain((m) => fc.tuple(bits(m), bits(m)));

/** Ten sky images, one bird (the first). */
const oneBird = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

describe("evaluationMetrics", () => {
  it("scores ten sky images with 2 birds found, 1 missed, 1 false alarm", () => {
    const m = evaluationMetrics([1, 1, 0, 1, 0, 0, 0, 0, 0, 0], [1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(m.accuracy).toBeCloseTo(0.8, 12);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12);
  });

  it("shows why accuracy misleads on rare birds: 'never a bird' is 90 % accurate, F1 0", () => {
    const never = evaluationMetrics(new Array(10).fill(0), oneBird);
    expect(never).toEqual({ accuracy: 0.9, precision: 0, recall: 0, f1: 0 });
  });

  it("and 'always a bird' finds every bird with precision 0.1: accuracy 0.1, F1 0.18", () => {
    const always = evaluationMetrics(new Array(10).fill(1), oneBird);
    expect(always.accuracy).toBeCloseTo(0.1, 12);
    expect(always.precision).toBeCloseTo(0.1, 12);
    expect(always.recall).toBe(1);
    expect(always.f1).toBeCloseTo(0.181818, 6);
  });

  it("takes 0/0 as 0: no positive label, or no example at all", () => {
    expect(evaluationMetrics([0, 0, 0], [0, 0, 0])).toEqual({
      accuracy: 1,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(evaluationMetrics([], [])).toEqual({ accuracy: 0, precision: 0, recall: 0, f1: 0 });
  });

  test.prop([pairs])(
    "every metric lies in [0, 1] and F1 is the harmonic mean of precision and recall",
    ([predictions, labels]) => {
      const { accuracy, precision, recall, f1 } = evaluationMetrics(predictions, labels);
      for (const v of [accuracy, precision, recall, f1]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
      const harmonic =
        precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      expect(f1).toBeCloseTo(harmonic, 12);
    },
  );

  test.prop([pairs])(
    "accuracy is the share of predictions equal to their label; swapping the two swaps P and R",
    ([predictions, labels]) => {
      const m = evaluationMetrics(predictions, labels);
      const same = predictions.filter((p, i) => p === labels[i]).length;
      expect(m.accuracy).toBeCloseTo(labels.length ? same / labels.length : 0, 12);
      const swapped = evaluationMetrics(labels, predictions);
      expect(swapped.precision).toBeCloseTo(m.recall, 12);
      expect(swapped.recall).toBeCloseTo(m.precision, 12);
    },
  );
});
