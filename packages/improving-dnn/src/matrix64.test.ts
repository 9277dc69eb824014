import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  add,
  dot,
  fromValues,
  map,
  mul,
  norm,
  scale,
  shapeOf,
  sub,
  sum,
  sumRows,
  transpose,
} from "./matrix64.ts";

const A = [
  [1, 2, 3],
  [4, 5, 6],
];

describe("the float64 matrix helpers", () => {
  it("reshape row by row and report [rows, cols]", () => {
    expect(fromValues(2, 3, [1, 2, 3, 4, 5, 6])).toEqual(A);
    expect(shapeOf(A)).toEqual([2, 3]);
    expect(() => fromValues(2, 2, [1, 2, 3])).toThrow(/3 values/);
  });

  it("multiply, transpose and broadcast a bias column like numpy", () => {
    expect(dot(A, transpose(A))).toEqual([
      [14, 32],
      [32, 77],
    ]);
    expect(transpose(A)).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(add(A, [[10], [20]])).toEqual([
      [11, 12, 13],
      [24, 25, 26],
    ]);
    expect(sub(A, A)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(mul(A, A)).toEqual([
      [1, 4, 9],
      [16, 25, 36],
    ]);
    expect(() => dot(A, A)).toThrow(/do not align/);
    expect(() => add(A, [[1, 2]])).toThrow(/broadcast/);
  });

  it("map, scale and sum", () => {
    expect(map(A, (v) => -v)[1]).toEqual([-4, -5, -6]);
    expect(scale(A, 0.5)[0]).toEqual([0.5, 1, 1.5]);
    expect(sum(A)).toBe(21);
    expect(sumRows(A)).toEqual([[6], [15]]);
    expect(norm([3, 4])).toBe(5);
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 32, maxLength: 32 }),
  ])("gives (A·B)ᵀ = Bᵀ·Aᵀ", (n, k, m, values) => {
    const a = fromValues(n, k, values.slice(0, n * k));
    const b = fromValues(k, m, values.slice(16, 16 + k * m));
    expect(transpose(dot(a, b))).toEqual(dot(transpose(b), transpose(a)));
  });
});
