import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { forwardPropagation } from "./forward-propagation.ts";

const real = fc.double({ min: -100, max: 100, noNaN: true });

describe("forwardPropagation", () => {
  it("matches the notebook: J = 12 for x = 3, θ = 4", () => {
    expect(forwardPropagation(3, 4)).toBe(12);
  });

  test.prop([real, real])("returns the plain number θ·x", (x, theta) => {
    const J = forwardPropagation(x, theta);
    expect(typeof J).toBe("number");
    expect(J).toBeCloseTo(theta * x, 10);
  });

  test.prop([real, real])("is linear in θ: J(θ + 1) − J(θ) = x and J(0) = 0", (x, theta) => {
    expect(forwardPropagation(x, theta + 1) - forwardPropagation(x, theta)).toBeCloseTo(x, 8);
    expect(forwardPropagation(x, 0)).toBeCloseTo(0, 12);
  });
});
