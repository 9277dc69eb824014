import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { updateLr } from "./update-lr.ts";

describe("updateLr", () => {
  it("matches the notebook: α0 = 0.5 after epoch 2 with decay rate 1 is 1/6", () => {
    expect(updateLr(0.5, 2, 1)).toBeCloseTo(0.16666666666666666, 12);
  });

  it("starts at α0 and halves when decayRate · epoch reaches 1", () => {
    expect(updateLr(0.1, 0, 0.3)).toBeCloseTo(0.1, 12);
    expect(updateLr(0.1, 10, 0.1)).toBeCloseTo(0.05, 12);
  });

  test.prop([
    fc.double({ min: 1e-4, max: 1, noNaN: true }),
    fc.integer({ min: 0, max: 5000 }),
    fc.double({ min: 0.01, max: 2, noNaN: true }),
  ])("is α0 / (1 + decayRate · epoch), falling from one epoch to the next", (lr0, epoch, rate) => {
    const lr = updateLr(lr0, epoch, rate);
    expect(lr).toBeCloseTo(lr0 / (1 + rate * epoch), 12);
    expect(updateLr(lr0, epoch + 1, rate)).toBeLessThan(lr);
  });
});
