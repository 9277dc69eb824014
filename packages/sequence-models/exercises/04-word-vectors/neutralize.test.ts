import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { wordVectors } from "../../src/word-vectors.ts";
import { neutralize } from "./neutralize.ts";

const map = wordVectors();
const g = map.woman!.map((x, i) => x - map.man![i]!);
const dot = (u: number[], v: number[]) => u.reduce((s, x, i) => s + x * v[i]!, 0);
const cosine = (u: number[], v: number[]) => dot(u, v) / Math.sqrt(dot(u, u) * dot(v, v));

describe("neutralize", () => {
  it("takes receptionist from a cosine of 0.5000 with g = woman − man to 0", () => {
    expect(cosine(map.receptionist!, g)).toBeCloseTo(0.4999763, 6);
    const debiased = neutralize("receptionist", g, map);
    expect(debiased).toHaveLength(50);
    expect(Math.abs(cosine(debiased, g))).toBeLessThan(1e-9);
  });

  test.prop(
    [
      fc.constantFrom("doctor", "teacher", "engineer", "pilot", "john", "marie", "tree"),
      fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 50, maxLength: 50 }),
    ],
    { numRuns: 20 },
  )("leaves a vector orthogonal to any axis g, differing from e only along g", (word, axis) => {
    fc.pre(Math.hypot(...axis) > 0.1);
    const e = map[word]!;
    const debiased = neutralize(word, axis, map);
    expect(Math.abs(dot(debiased, axis))).toBeLessThan(1e-9 * dot(axis, axis));
    // e − debiased is a multiple of the axis
    const removed = e.map((x, i) => x - debiased[i]!);
    const k = dot(removed, axis) / dot(axis, axis);
    for (const [i, r] of removed.entries()) expect(r).toBeCloseTo(k * axis[i]!, 9);
  });
});
