import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { basicSigmoid } from "./basic-sigmoid.ts";

describe("basicSigmoid", () => {
  it("matches the notebook: basic_sigmoid(1) = 0.7310585786300049", () => {
    expectClose("basicSigmoid(1)", basicSigmoid(1), 0.7310585786300049, { rtol: 1e-12, atol: 0 });
  });

  it("is 1/2 at 0", () => {
    expect(basicSigmoid(0)).toBe(0.5);
  });

  test.prop([fc.double({ min: -30, max: 30, noNaN: true })])(
    "stays in (0, 1) and σ(−x) = 1 − σ(x)",
    (x) => {
      const s = basicSigmoid(x);
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThan(1);
      expect(basicSigmoid(-x)).toBeCloseTo(1 - s, 12);
    },
  );
});
