import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { initializeParameters } from "./initialize-parameters.ts";

describe("initializeParameters", () => {
  it("matches the notebook: n_x = 2, n_h = 4, n_y = 1 with seed 2", () => {
    const p = initializeParameters(2, 4, 1);
    expectClose("W1", p.W1!, [
      [-0.0041675785, -0.0005626683],
      [-0.021361961, 0.0164027081],
      [-0.0179343559, -0.0084174737],
      [0.0050288142, -0.0124528809],
    ]);
    expectClose("b1", p.b1!, [[0], [0], [0], [0]]);
    expectClose("W2", p.W2!, [[-0.0105795222, -0.0090900761, 0.0055145404, 0.0229220801]]);
    expectClose("b2", p.b2!, [[0]]);
  });

  test.prop([
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 3 }),
    fc.nat(100),
  ])(
    "gives the four parameters their shapes, small weights and zero biases",
    (nX, nH, nY, seed) => {
      const p = initializeParameters(nX, nH, nY, seed);
      expect(Object.keys(p).sort()).toEqual(["W1", "W2", "b1", "b2"]);
      expect(p.W1!.shape).toEqual([nH, nX]);
      expect(p.b1!.shape).toEqual([nH, 1]);
      expect(p.W2!.shape).toEqual([nY, nH]);
      expect(p.b2!.shape).toEqual([nY, 1]);
      expect(p.W1!.abs().max().dataSync()[0]).toBeLessThan(0.06);
      expect(p.b1!.abs().max().dataSync()[0]).toBe(0);
    },
  );
});
