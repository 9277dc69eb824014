import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  backwardPropagationNFixed,
  forwardPropagationN,
  gradientCheckNTestCase,
} from "../../src/gradient-check-net.ts";
import type { Matrix } from "../../src/matrix64.ts";
import { gradientsToVector } from "./gradients-to-vector.ts";

const ORDER = ["dW1", "db1", "dW2", "db2", "dW3", "db3"];

describe("gradientsToVector", () => {
  it("matches the notebook: 47 values, dW1, db1, dW2, db2, dW3, db3, without dZ or dA", () => {
    const { X, Y, parameters } = gradientCheckNTestCase();
    const { cache } = forwardPropagationN(X, Y, parameters);
    const grad = gradientsToVector(backwardPropagationNFixed(X, Y, cache));
    expect(grad).toHaveLength(47);
    // numpy: gradients_to_vector(gradients) with the corrected backward_propagation_n
    const expected: [number, number][] = [
      [0, -0.37347778780965], // dW1[0][0]
      [1, -1.4790321603097862], // dW1[0][1]
      [20, 0.6329078719756231], // db1[0]
      [35, 0.9158016518786495], // dW2[2][0]
      [45, 2.244042377990228], // dW3[0][2]
      [46, 0.212257527082733], // db3
    ];
    for (const [i, v] of expected) expect(grad[i]! - v, `grad[${i}]`).toBeCloseTo(0, 12);
  });

  test.prop([
    fc.array(
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 4 }),
      {
        minLength: 6,
        maxLength: 6,
      },
    ),
    fc.nat(5),
  ])(
    "takes the six gradients in order, each row by row, whatever else the object holds",
    (rows, rotate) => {
      // gradient k is a [len, 2] matrix built from rows[k]; dZ and dA keys must be ignored
      const grads: Record<string, Matrix> = {};
      const keys = [...ORDER.slice(rotate), ...ORDER.slice(0, rotate)];
      for (const key of keys) {
        const r = rows[ORDER.indexOf(key)]!;
        grads[`dZ${key.slice(-1)}`] = [[99, 99]];
        grads[key] = r.map((v) => [v, -v]);
      }
      grads.dA1 = [[-99]];
      const expected = ORDER.flatMap((_, k) => rows[k]!.flatMap((v) => [v, -v]));
      expect(gradientsToVector(grads)).toEqual(expected);
    },
  );
});
