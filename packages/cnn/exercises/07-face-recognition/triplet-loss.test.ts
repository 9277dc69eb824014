import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { tripletLoss } from "./triplet-loss.ts";

/** tripletLoss of literal [anchor, positive, negative] rows, read as a number. */
function loss(a: number[][], p: number[][], n: number[][], alpha?: number): number {
  const value = tripletLoss(null, [tf.tensor2d(a), tf.tensor2d(p), tf.tensor2d(n)], alpha);
  expect(value.shape).toEqual([]);
  return value.dataSync()[0]!;
}

describe("tripletLoss", () => {
  it("is alpha when anchor, positive and negative are the same point", () => {
    expect(loss([[1, 1]], [[1, 1]], [[1, 1]], 5)).toBeCloseTo(5, 6);
  });

  it("takes squared distances: ‖a − p‖² = 0, ‖a − n‖² = 2, α = 3 give 1", () => {
    expect(loss([[1, 1]], [[1, 1]], [[0, 0]], 3)).toBeCloseTo(1, 6);
    expect(loss([[1, 1]], [[0, 0]], [[1, 1]], 0)).toBeCloseTo(2, 6);
  });

  it("is 0, not negative, when the margin is already met", () => {
    expect(loss([[0, 0]], [[0, 0]], [[0, 0]], -2)).toBe(0);
    expect(loss([[0, 0]], [[0, 0]], [[3, 4]])).toBe(0);
  });

  it("sums over the examples (not the mean), each clipped at 0 on its own", () => {
    // rows: 0 − 25 + 0.2 < 0 → 0; 1 − 0 + 0.2 = 1.2; 4 − 1 + 0.2 = 3.2
    const a = [
      [0, 0],
      [0, 0],
      [0, 0],
    ];
    const p = [
      [0, 0],
      [1, 0],
      [0, 2],
    ];
    const n = [
      [3, 4],
      [0, 0],
      [1, 0],
    ];
    expect(loss(a, p, n, 0.2)).toBeCloseTo(4.4, 5);
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 6 }),
      fc.float({ min: 0, max: 2, noNaN: true }),
      fc.integer({ min: 0, max: 1000 }),
    ],
    { numRuns: 25 },
  )("is never negative and grows with alpha", (m, n, alpha, seed) => {
    const [a, p, q] = [0, 1, 2].map((k) => tf.randomNormal([m, n], 0, 1, "float32", seed + k)) as [
      tf.Tensor2D,
      tf.Tensor2D,
      tf.Tensor2D,
    ];
    const low = tripletLoss(null, [a, p, q], alpha).dataSync()[0]!;
    const high = tripletLoss(null, [a, p, q], alpha + 0.5).dataSync()[0]!;
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeGreaterThanOrEqual(low - 1e-5);
  });
});
