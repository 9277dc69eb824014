import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import { totalCost } from "./total-cost.ts";

describe("totalCost", () => {
  it("weighs content by α = 10 and style by β = 40 by default", () => {
    expectClose("totalCost(1, 2)", totalCost(tf.scalar(1), tf.scalar(2)).arraySync() as number, 90);
  });

  test.prop([
    fc.double({ min: 0, max: 10, noNaN: true }),
    fc.double({ min: 0, max: 10, noNaN: true }),
    fc.integer({ min: 0, max: 50 }),
    fc.integer({ min: 0, max: 50 }),
  ])("is α · J_content + β · J_style", (Jc, Js, alpha, beta) => {
    expectClose(
      `totalCost(${Jc}, ${Js}, ${alpha}, ${beta})`,
      totalCost(tf.scalar(Jc), tf.scalar(Js), alpha, beta).arraySync() as number,
      Math.fround(alpha * Math.fround(Jc) + beta * Math.fround(Js)),
      { rtol: 1e-5, atol: 1e-4 },
    );
  });
});
