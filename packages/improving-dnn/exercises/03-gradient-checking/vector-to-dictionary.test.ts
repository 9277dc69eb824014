import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { vectorToDictionary } from "./vector-to-dictionary.ts";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const size = (d: number[]) => d.slice(1).reduce((s, n, l) => s + n * (d[l]! + 1), 0);

describe("vectorToDictionary", () => {
  it("matches the notebook's shapes: θ = 0 … 46 gives W1 [5, 4], b1 [5, 1], W2 [3, 5], b2 [3, 1], W3 [1, 3], b3 [1, 1]", () => {
    const p = vectorToDictionary(range(47));
    expect(Object.keys(p).sort()).toEqual(["W1", "W2", "W3", "b1", "b2", "b3"]);
    expect(p.W1).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
      [12, 13, 14, 15],
      [16, 17, 18, 19],
    ]);
    expect(p.b1).toEqual([[20], [21], [22], [23], [24]]);
    expect(p.W2).toEqual([
      [25, 26, 27, 28, 29],
      [30, 31, 32, 33, 34],
      [35, 36, 37, 38, 39],
    ]);
    expect(p.b2).toEqual([[40], [41], [42]]);
    expect(p.W3).toEqual([[43, 44, 45]]);
    expect(p.b3).toEqual([[46]]);
  });

  test.prop([
    fc.tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 2 }),
    ),
  ])("gives Wl [n_l, n_{l−1}] and bl [n_l, 1] for any layerDims", (d) => {
    const p = vectorToDictionary(range(size(d)), d);
    for (let l = 1; l <= 3; l++) {
      expect(p[`W${l}`]).toHaveLength(d[l]!);
      for (const row of p[`W${l}`]!) expect(row).toHaveLength(d[l - 1]!);
      expect(p[`b${l}`]).toHaveLength(d[l]!);
      for (const row of p[`b${l}`]!) expect(row).toHaveLength(1);
    }
  });

  test.prop([
    fc.tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 2 }),
    ),
    fc.double({ min: -5, max: 5, noNaN: true }),
  ])("is undone by flattening W1, b1, W2, b2, W3, b3 row by row (the round trip)", (d, offset) => {
    const theta = range(size(d)).map((i) => i + offset);
    const p = vectorToDictionary(theta, d);
    expect(["W1", "b1", "W2", "b2", "W3", "b3"].flatMap((k) => p[k]!.flat())).toEqual(theta);
  });
});
