import { describe, expect, it } from "vitest";
import { wordVectors } from "../../src/word-vectors.ts";
import { completeAnalogy } from "./complete-analogy.ts";

const map = wordVectors();

describe("completeAnalogy", () => {
  it.each([
    ["italy", "italian", "spain", "spanish"],
    ["india", "delhi", "japan", "tokyo"],
    ["man", "woman", "boy", "girl"],
    ["small", "smaller", "large", "larger"],
    ["man", "woman", "king", "queen"],
  ])("completes the notebook's %s → %s :: %s → %s", (a, b, c, d) => {
    expect(completeAnalogy(a, b, c, map)).toBe(d);
  });

  it("lower-cases its input words, as the notebook does", () => {
    expect(completeAnalogy("Italy", "Italian", "Spain", map)).toBe("spanish");
  });

  it("never answers one of the three input words", () => {
    // c is a copy of a, nudged: b − c is almost b − a, so b itself would fit perfectly
    const tiny = {
      a: [1, 0, 0],
      b: [0, 1, 0],
      c: [1, 0.001, 0],
      d: [0.2, 0.5, 0.7],
      e: [0.3, -0.4, 0.2],
    };
    const answer = completeAnalogy("a", "b", "c", tiny);
    expect(["a", "b", "c"]).not.toContain(answer);
    expect(answer).toBe("d");
  });
});
