import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { insertOnes } from "./insert-ones.ts";

describe("insertOnes", () => {
  it("matches the notebook: ends at 9700 then 4251 ms (Ty 1375) give y[1333] 0, y[634] 1, y[635] 0", () => {
    const arr1 = insertOnes(tf.zeros([1, 1375]) as tf.Tensor2D, 9700);
    expect(arr1.sum().dataSync()[0]).toBe(41); // 1334 … 1374, cut at Ty
    const y = Array.from(insertOnes(arr1, 4251).dataSync());
    expect([y[1333], y[634], y[635]]).toEqual([0, 1, 0]);
    expect(y.reduce((a, b) => a + b, 0)).toBe(91);
  });

  test.prop([fc.integer({ min: 60, max: 400 }), fc.integer({ min: 0, max: 10000 })], {
    numRuns: 30,
  })("sets exactly the 50 steps after ⌊ms·Ty/10000⌋ (cut at Ty), and nothing else", (ty, ms) => {
    const y = insertOnes(tf.zeros([1, ty]) as tf.Tensor2D, ms);
    expect(y.shape).toEqual([1, ty]);
    const end = Math.floor((ms * ty) / 10000);
    const values = Array.from(y.dataSync());
    values.forEach((v, i) => {
      expect(v).toBe(i > end && i <= end + 50 ? 1 : 0);
    });
  });
});
