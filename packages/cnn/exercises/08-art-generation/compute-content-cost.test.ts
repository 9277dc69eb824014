import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { computeContentCost } from "./compute-content-cost.ts";

describe("computeContentCost", () => {
  it("on a_C, a_G = randn(1, 4, 4, 3) with seed 1: Σ (a_C − a_G)² / (4 · 4 · 4 · 3)", () => {
    const [aC, aG] = randnSequence(1, [
      [1, 4, 4, 3],
      [1, 4, 4, 3],
    ]);
    const J = computeContentCost([aC!], [aG!]);
    expect(J.shape).toEqual([]);
    expectClose("computeContentCost([a_C], [a_G])", J.arraySync() as number, 0.4741450846);
  });

  test.prop([
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 4 }),
    fc.nat(200),
  ])(
    "uses only the last output of each list, is 0 for equal activations and (1/4n)·Σ(a_C − a_G)² otherwise",
    (h, w, c, seed) => {
      const [early, aC, aG] = randnSequence(seed, [
        [1, 3, 3, 2],
        [1, h, w, c],
        [1, h, w, c],
      ]);
      expectClose(
        "computeContentCost(a, a)",
        computeContentCost([early!, aC!], [aG!.mul(7), aC!]).arraySync() as number,
        0,
      );
      const expected = aC!
        .sub(aG!)
        .square()
        .sum()
        .div(4 * h * w * c)
        .arraySync() as number;
      expectClose(
        "computeContentCost([…, a_C], [… , a_G])",
        computeContentCost([early!, aC!], [early!.neg(), aG!]).arraySync() as number,
        expected,
      );
    },
  );
});
