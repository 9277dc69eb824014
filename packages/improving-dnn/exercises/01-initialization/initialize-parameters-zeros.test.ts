import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { initializeParametersZeros } from "./initialize-parameters-zeros.ts";

describe("initializeParametersZeros", () => {
  it("matches the notebook: layers_dims [3, 2, 1]", () => {
    const p = initializeParametersZeros([3, 2, 1]);
    expect(Object.keys(p).sort()).toEqual(["W1", "W2", "b1", "b2"]);
    expectClose("W1", p.W1!, [
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expectClose("b1", p.b1!, [[0], [0]]);
    expectClose("W2", p.W2!, [[0, 0]]);
    expectClose("b2", p.b2!, [[0]]);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 6 })])(
    "gives W1 … WL shaped [n_l, n_{l−1}] and b1 … bL shaped [n_l, 1], every entry zero",
    (dims) => {
      const p = initializeParametersZeros(dims);
      expect(Object.keys(p)).toHaveLength(2 * (dims.length - 1));
      for (let l = 1; l < dims.length; l++) {
        expect(p[`W${l}`]!.shape).toEqual([dims[l], dims[l - 1]]);
        expect(p[`b${l}`]!.shape).toEqual([dims[l], 1]);
        expect(p[`W${l}`]!.dtype).toBe("float32");
        expect(p[`W${l}`]!.abs().max().dataSync()[0]).toBe(0);
        expect(p[`b${l}`]!.abs().max().dataSync()[0]).toBe(0);
      }
    },
  );
});
