import { RandomState } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { gradientCheckNTestCase } from "../../src/gradient-check-net.ts";
import { fromValues, type Matrix } from "../../src/matrix64.ts";
import { dictionaryToVector } from "./dictionary-to-vector.ts";

/** Parameters of a [n0, n1, n2, n3] network drawn with randn (seeded). */
function network(dims: number[], seed: number): Record<string, Matrix> {
  const rng = new RandomState(seed);
  const p: Record<string, Matrix> = {};
  for (let l = 1; l < dims.length; l++) {
    p[`W${l}`] = fromValues(dims[l]!, dims[l - 1]!, rng.randn(dims[l]!, dims[l - 1]!));
    p[`b${l}`] = fromValues(dims[l]!, 1, rng.randn(dims[l]!, 1));
  }
  return p;
}

const dims = fc.tuple(
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: 1, max: 4 }),
  fc.integer({ min: 1, max: 2 }),
);

describe("dictionaryToVector", () => {
  it("matches the notebook: 47 values, W1 row by row, then b1, W2, b2, W3, b3", () => {
    const { parameters } = gradientCheckNTestCase();
    const { theta, keys } = dictionaryToVector(parameters);
    expect(theta).toHaveLength(47);
    // numpy: theta, keys = dictionary_to_vector(parameters) on gradient_check_n_test_case()
    const expected: [number, number][] = [
      [0, -0.3224172040135075], // W1[0][0]
      [1, -0.38405435466841564], // W1[0][1]
      [4, -0.17242820755043575], // W1[1][0]
      [19, -0.39675352685597737], // W1[4][3]
      [20, -0.6871727001195994], // b1[0]
      [24, -1.1173103486352778], // b1[4]
      [25, 0.23441569781709215], // W2[0][0]
      [39, -0.35224984649351865], // W2[2][4]
      [40, -1.1425181980221402], // b2[0]
      [43, 0.5866231911821976], // W3[0][0]
      [46, 0.2855873252542588], // b3
    ];
    for (const [i, v] of expected) expect(theta[i], `theta[${i}]`).toBe(v);
    expect(keys).toEqual([
      ...Array(20).fill("W1"),
      ...Array(5).fill("b1"),
      ...Array(15).fill("W2"),
      ...Array(3).fill("b2"),
      ...Array(3).fill("W3"),
      ...Array(1).fill("b3"),
    ]);
  });

  test.prop([dims, fc.nat(1000)])(
    "holds every value once, in the order W1, b1, W2, b2, W3, b3, each matrix row by row",
    (d, seed) => {
      const p = network(d, seed);
      const { theta, keys } = dictionaryToVector(p);
      const expected = ["W1", "b1", "W2", "b2", "W3", "b3"].flatMap((k) => p[k]!.flat());
      expect(theta).toEqual(expected);
      expect(keys).toHaveLength(theta.length);
    },
  );

  test.prop([dims, fc.nat(1000)])(
    "names the parameter of every entry: keys[i] is the matrix theta[i] comes from",
    (d, seed) => {
      const p = network(d, seed);
      const { theta, keys } = dictionaryToVector(p);
      const counts: Record<string, number> = {};
      keys.forEach((k, i) => {
        const n = counts[k] ?? 0;
        counts[k] = n + 1;
        const cols = p[k]![0]!.length;
        expect(theta[i]).toBe(p[k]![Math.floor(n / cols)]![n % cols]);
      });
    },
  );
});
