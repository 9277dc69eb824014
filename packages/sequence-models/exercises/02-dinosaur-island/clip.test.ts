import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { CharRnnGradients } from "../../src/char-rnn.ts";
import { clipTestCase } from "../../src/char-rnn-cases.ts";
import { clip } from "./clip.ts";

const KEYS = ["dWax", "dWaa", "dWya", "db", "dby"] as const;
const matrix = (rows: number, cols: number) =>
  fc.array(
    fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: cols, maxLength: cols }),
    {
      minLength: rows,
      maxLength: rows,
    },
  );
const gradients: fc.Arbitrary<CharRnnGradients> = fc.record({
  dWax: matrix(3, 4),
  dWaa: matrix(3, 3),
  dWya: matrix(4, 3),
  db: matrix(3, 1),
  dby: matrix(4, 1),
});

describe("clip", () => {
  it("clips the notebook's gradients to 10: dWaa[1][2] 10, dWax[3][1] −10, dWya[1][2] 0.29714, db[4] [10], dby[1] [8.45833]", () => {
    const g = clip(clipTestCase(), 10);
    expect(g.dWaa[1]![2]).toBe(10);
    expect(g.dWax[3]![1]).toBe(-10);
    expect(g.dWya[1]![2]).toBeCloseTo(0.2971381536101662, 12);
    expect(g.db[4]).toEqual([10]);
    expect(g.dby[1]![0]).toBeCloseTo(8.45833407, 8);
  });

  it("clips the same gradients to 5: dWaa[1][2] 5, dWax[3][1] −5, dWya[1][2] unchanged, db[4] [5], dby[1] [5]", () => {
    const g = clip(clipTestCase(), 5);
    expect([g.dWaa[1]![2], g.dWax[3]![1], g.db[4], g.dby[1]]).toEqual([5, -5, [5], [5]]);
    expect(g.dWya[1]![2]).toBeCloseTo(0.2971381536101662, 12);
  });

  test.prop([gradients, fc.double({ min: 0.01, max: 50, noNaN: true })], { numRuns: 40 })(
    "keeps every element within ±maxValue, leaves those inside as they were and the input untouched",
    (grads, maxValue) => {
      const before = structuredClone(grads);
      const clipped = clip(grads, maxValue);
      expect(grads).toEqual(before);
      for (const key of KEYS) {
        expect(clipped[key].length).toBe(grads[key].length);
        for (const [i, row] of clipped[key].entries())
          for (const [j, v] of row.entries()) {
            const g = grads[key][i]![j]!;
            expect(v).toBe(Math.abs(g) <= maxValue ? g : Math.sign(g) * maxValue);
          }
      }
    },
  );
});
