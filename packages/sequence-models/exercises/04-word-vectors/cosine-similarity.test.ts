import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { wordVectors } from "../../src/word-vectors.ts";
import { cosineSimilarity } from "./cosine-similarity.ts";

const map = wordVectors();
const minus = (u: number[], v: number[]) => u.map((x, i) => x - v[i]!);
const vector = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), {
  minLength: 3,
  maxLength: 3,
});

describe("cosineSimilarity", () => {
  it("rates the notebook's pairs: father/mother 0.7591, ball/crocodile −0.1693, france − paris vs rome − italy −0.6726", () => {
    expect(cosineSimilarity(map.father!, map.mother!)).toBeCloseTo(0.7591318, 5);
    expect(cosineSimilarity(map.ball!, map.crocodile!)).toBeCloseTo(-0.1693081, 5);
    expect(
      cosineSimilarity(minus(map.france!, map.paris!), minus(map.rome!, map.italy!)),
    ).toBeCloseTo(-0.6725682, 5);
  });

  it("gives 1 for equal vectors and 0 when one of them is all zeros", () => {
    expect(cosineSimilarity([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(cosineSimilarity([0, 0, 0], [1, 2, 3])).toBe(0);
    expect(cosineSimilarity([1, 2, 3], [0, 0, 0])).toBe(0);
  });

  test.prop([vector, vector, fc.double({ min: 0.01, max: 100, noNaN: true })], { numRuns: 30 })(
    "is symmetric, in [−1, 1], and blind to the vectors' lengths",
    (u, v, k) => {
      fc.pre(Math.hypot(...u) > 1e-3 && Math.hypot(...v) > 1e-3);
      const c = cosineSimilarity(u, v);
      expect(c).toBeGreaterThanOrEqual(-1 - 1e-9);
      expect(c).toBeLessThanOrEqual(1 + 1e-9);
      expect(cosineSimilarity(v, u)).toBeCloseTo(c, 9);
      expect(
        cosineSimilarity(
          u.map((x) => x * k),
          v,
        ),
      ).toBeCloseTo(c, 9);
    },
  );
});
