import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { scheduleLrDecay } from "./schedule-lr-decay.ts";

describe("scheduleLrDecay", () => {
  it("matches the notebook: α0 = 0.5, decay rate 1, every 100 epochs", () => {
    expect(scheduleLrDecay(0.5, 100, 1, 100)).toBeCloseTo(0.25, 12);
    expect(scheduleLrDecay(0.5, 10, 1, 100)).toBeCloseTo(0.5, 12);
  });

  it("matches the notebook: α0 = 0.3, decay rate 0.25, every 100 epochs", () => {
    expect(scheduleLrDecay(0.3, 1000, 0.25, 100)).toBeCloseTo(0.085714285, 8);
    expect(scheduleLrDecay(0.3, 100, 0.25, 100)).toBeCloseTo(0.24, 12);
  });

  it("decays every 1000 epochs by default", () => {
    expect(scheduleLrDecay(0.01, 999, 1)).toBeCloseTo(0.01, 12);
    expect(scheduleLrDecay(0.01, 1000, 1)).toBeCloseTo(0.005, 12);
    expect(scheduleLrDecay(0.01, 4999, 1)).toBeCloseTo(0.002, 12);
  });

  test.prop([
    fc.double({ min: 1e-4, max: 1, noNaN: true }),
    fc.integer({ min: 0, max: 5000 }),
    fc.double({ min: 0.01, max: 2, noNaN: true }),
    fc.integer({ min: 1, max: 1000 }),
  ])(
    "stays constant within an interval and drops to α0 / (1 + rate·k) in interval k",
    (lr0, epoch, rate, interval) => {
      const k = Math.floor(epoch / interval);
      expect(scheduleLrDecay(lr0, epoch, rate, interval)).toBeCloseTo(lr0 / (1 + rate * k), 12);
      expect(scheduleLrDecay(lr0, k * interval, rate, interval)).toBe(
        scheduleLrDecay(lr0, epoch, rate, interval),
      );
    },
  );
});
