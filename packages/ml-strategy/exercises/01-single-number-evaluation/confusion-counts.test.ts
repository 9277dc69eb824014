import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { confusionCounts } from "./confusion-counts.ts";

const bits = (m: number) => fc.array(fc.constantFrom(0, 1), { minLength: m, maxLength: m });
const pairs = fc.integer({ min: 0, max: 30 }).chain((m) => fc.tuple(bits(m), bits(m)));

describe("confusionCounts", () => {
  it("counts ten sky images: 2 birds found, 1 missed, 1 false alarm, 6 empty skies", () => {
    const labels = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const predictions = [1, 1, 0, 1, 0, 0, 0, 0, 0, 0];
    expect(confusionCounts(predictions, labels)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 6 });
  });

  it("puts every prediction of 'bird' on an empty sky in fp, every missed bird in fn", () => {
    expect(confusionCounts([1, 1, 1], [0, 0, 0])).toEqual({ tp: 0, fp: 3, fn: 0, tn: 0 });
    expect(confusionCounts([0, 0], [1, 1])).toEqual({ tp: 0, fp: 0, fn: 2, tn: 0 });
  });

  test.prop([pairs])(
    "the counts add up to m, tp + fn to the positive labels, tp + fp to the positive predictions",
    ([predictions, labels]) => {
      const { tp, fp, fn, tn } = confusionCounts(predictions, labels);
      expect(tp + fp + fn + tn).toBe(labels.length);
      expect(tp + fn).toBe(labels.filter((y) => y === 1).length);
      expect(tp + fp).toBe(predictions.filter((p) => p === 1).length);
    },
  );

  test.prop([pairs])("swapping predictions and labels swaps fp and fn", ([predictions, labels]) => {
    const a = confusionCounts(predictions, labels);
    const b = confusionCounts(labels, predictions);
    expect(b).toEqual({ tp: a.tp, fp: a.fn, fn: a.fp, tn: a.tn });
  });
});
