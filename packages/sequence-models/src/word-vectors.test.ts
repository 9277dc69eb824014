import { describe, expect, it } from "vitest";
import { EMBEDDING_DIM, wordVectors } from "./word-vectors.ts";

const map = wordVectors();
const minus = (u: number[], v: number[]) => u.map((x, i) => x - v[i]!);
const cos = (u: number[], v: number[]) => {
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  return dot(u, v) / Math.sqrt(dot(u, u) * dot(v, v));
};

/** The best completion of a : b :: c : ?, skipping the three words. */
function analogy(a: string, b: string, c: string): string {
  const target = minus(map[b]!, map[a]!);
  let best = "";
  let bestScore = -2;
  for (const [w, e] of Object.entries(map)) {
    if (w === a || w === b || w === c) continue;
    const score = cos(target, minus(e, map[c]!));
    if (score > bestScore) [best, bestScore] = [w, score];
  }
  return best;
}

describe("wordVectors", () => {
  it("gives 596 words of 50 numbers, lengths between 0.5 and 1.6, the same for the same seed", () => {
    expect(Object.keys(map)).toHaveLength(596);
    for (const v of Object.values(map)) {
      expect(v).toHaveLength(EMBEDDING_DIM);
      expect(Math.hypot(...v)).toBeGreaterThan(0.5);
      expect(Math.hypot(...v)).toBeLessThan(1.6);
    }
    expect(wordVectors(1).king).toEqual(map.king);
    expect(wordVectors(2).king).not.toEqual(map.king);
  });

  it.each([
    ["man", "woman", "king", "queen"],
    ["italy", "italian", "spain", "spanish"],
    ["india", "delhi", "japan", "tokyo"],
    ["small", "smaller", "large", "larger"],
    ["man", "woman", "boy", "girl"],
  ])("holds the analogy %s : %s :: %s : %s", (a, b, c, d) => {
    expect(analogy(a, b, c)).toBe(d);
  });

  it("has a bias direction g = woman − man that names and occupations lean on", () => {
    const g = minus(map.woman!, map.man!);
    expect(cos(map.receptionist!, g)).toBeGreaterThan(0.3);
    expect(cos(map.marie!, g)).toBeGreaterThan(0.2);
    expect(cos(map.john!, g)).toBeLessThan(-0.2);
    expect(cos(map.warrior!, g)).toBeLessThan(-0.3);
  });
});
