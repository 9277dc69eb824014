import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { backwardPropagation } from "./backward-propagation.ts";

const real = fc.double({ min: -100, max: 100, noNaN: true });

describe("backwardPropagation", () => {
  it("matches the notebook: dθ = 3 for x = 3, θ = 4", () => {
    expect(backwardPropagation(3, 4)).toBe(3);
  });

  test.prop([real, real])(
    "agrees with the slope of J(θ) = θ·x between θ − 1 and θ + 1",
    (x, theta) => {
      const slope = ((theta + 1) * x - (theta - 1) * x) / 2;
      expect(backwardPropagation(x, theta)).toBeCloseTo(slope, 8);
    },
  );

  test.prop([real, real, real])("does not depend on θ (J is linear in θ)", (x, t1, t2) => {
    expect(backwardPropagation(x, t1)).toBe(backwardPropagation(x, t2));
  });
});
