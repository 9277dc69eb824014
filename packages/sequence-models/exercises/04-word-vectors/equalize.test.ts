import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { wordVectors } from "../../src/word-vectors.ts";
import { equalize } from "./equalize.ts";

const map = wordVectors();
const g = map.woman!.map((x, i) => x - map.man![i]!);
const dot = (u: number[], v: number[]) => u.reduce((s, x, i) => s + x * v[i]!, 0);
const cosine = (u: number[], v: number[]) => dot(u, v) / Math.sqrt(dot(u, u) * dot(v, v));

describe("equalize", () => {
  it("takes man and woman from cosines −0.4552 and 0.3731 with g to ∓0.1276, both of length 1.0167", () => {
    expect(cosine(map.man!, g)).toBeCloseTo(-0.4551523, 6);
    expect(cosine(map.woman!, g)).toBeCloseTo(0.3730647, 6);
    const { e1, e2 } = equalize(["man", "woman"], g, map);
    expect(cosine(e1, g)).toBeCloseTo(-0.1275817, 6);
    expect(cosine(e2, g)).toBeCloseTo(0.1275817, 6);
    expect(Math.hypot(...e1)).toBeCloseTo(1.0166856, 6);
    expect(Math.hypot(...e2)).toBeCloseTo(1.0166856, 6);
  });

  test.prop(
    [
      fc.constantFrom<[string, string]>(
        ["actor", "actress"],
        ["king", "queen"],
        ["father", "mother"],
        ["boy", "girl"],
        ["waiter", "waitress"],
      ),
    ],
    { numRuns: 5 },
  )(
    "moves a pair symmetric about the axis: the same length, opposite cosines, the same part orthogonal to g",
    (pair) => {
      const { e1, e2 } = equalize(pair, g, map);
      expect(e1).toHaveLength(50);
      expect(Math.hypot(...e1)).toBeCloseTo(Math.hypot(...e2), 9);
      expect(cosine(e1, g)).toBeCloseTo(-cosine(e2, g), 9);
      // e1 + e2 has no component along g, and e1 − e2 lies on g
      expect(
        dot(
          e1.map((x, i) => x + e2[i]!),
          g,
        ),
      ).toBeCloseTo(0, 9);
      const diff = e1.map((x, i) => x - e2[i]!);
      expect(Math.abs(cosine(diff, g))).toBeCloseTo(1, 9);
    },
  );
});
