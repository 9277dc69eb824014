import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { initializeParameters } from "./initialize-parameters.ts";

describe("initializeParameters", () => {
  it("matches the notebook: initializeParameters(3, 2, 1)", () => {
    const p = initializeParameters(3, 2, 1);
    expectClose("W1", p.W1!, [
      [0.016243454, -0.006117564, -0.005281718],
      [-0.010729686, 0.008654076, -0.023015387],
    ]);
    expectClose("b1", p.b1!, [[0], [0]]);
    expectClose("W2", p.W2!, [[0.017448118, -0.007612069]]);
    expectClose("b2", p.b2!, [[0]]);
  });

  test.prop([
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 3 }),
  ])("gives W1 [n_h, n_x], b1 [n_h, 1], W2 [n_y, n_h], b2 [n_y, 1]", (nX, nH, nY) => {
    const p = initializeParameters(nX, nH, nY);
    expect([p.W1!.shape, p.b1!.shape, p.W2!.shape, p.b2!.shape]).toEqual([
      [nH, nX],
      [nH, 1],
      [nY, nH],
      [nY, 1],
    ]);
  });
});
