import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { gradientCheck } from "./gradient-check.ts";

/** |a − b| / |b| */
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("gradientCheck", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("matches the notebook: difference = 7.814075313343006e-11 for x = 3, θ = 4", () => {
    const difference = gradientCheck(3, 4);
    expect(typeof difference).toBe("number");
    expect(rel(difference, 7.814075313343006e-11)).toBeLessThan(1e-6);
  });

  it("prints the notebook's verdict when printMsg is true, and nothing otherwise", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    gradientCheck(3, 4);
    expect(log).not.toHaveBeenCalled();
    gradientCheck(3, 4, 1e-7, true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toContain(
      "Your backward propagation works perfectly fine! difference = 7.814075313343006e-11",
    );
  });

  test.prop([
    fc.double({ min: 0.1, max: 10, noNaN: true }),
    fc.boolean(),
    fc.double({ min: -10, max: 10, noNaN: true }),
  ])(
    "calls the correct dθ = x correct: the difference is below 2e-7 for any x and θ",
    (size, negative, theta) => {
      const x = negative ? -size : size;
      const difference = gradientCheck(x, theta);
      expect(difference).toBeGreaterThanOrEqual(0);
      expect(difference).toBeLessThan(2e-7);
    },
  );

  test.prop([
    fc.double({ min: 0.1, max: 10, noNaN: true }),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.constantFrom(1e-3, 1e-2, 0.1),
  ])(
    "stays below 2e-7 for larger ε too: J is linear in θ, so the centered difference is exact up to rounding",
    (x, theta, eps) => {
      expect(gradientCheck(x, theta, eps)).toBeLessThan(2e-7);
    },
  );
});
