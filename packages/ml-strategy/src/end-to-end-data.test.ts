import { expectClose } from "@dlc/student-kit/check";
import { describe, expect, it } from "vitest";
import { PIXELS, xrayTasks } from "./end-to-end-data.ts";

describe("xrayTasks", () => {
  const { ruler, train, test } = xrayTasks({ mTrain: 30, mTest: 500 });

  it("draws 40-pixel images with 0/1 labels, and a ruler of two lengths", () => {
    expect(train.X.shape).toEqual([PIXELS, 30]);
    expect(train.Y.shape).toEqual([1, 30]);
    expect(test.X.shape).toEqual([PIXELS, 500]);
    expect(ruler.W.shape).toEqual([2, PIXELS]);
    expect(ruler.b.shape).toEqual([2, 1]);
    const rate = test.Y.mean().dataSync()[0]!;
    expect(rate).toBeGreaterThan(0.4);
    expect(rate).toBeLessThan(0.6);
  });

  it("has a ruler that reads the lengths (standard deviation about 1, centred) from noisy pixels", () => {
    const lengths = ruler.W.matMul(test.X).add(ruler.b);
    const std = (t: typeof lengths) => t.sub(t.mean(1, true)).square().mean(1).sqrt();
    for (const s of std(lengths).dataSync()) {
      expect(s).toBeGreaterThan(0.8);
      expect(s).toBeLessThan(1.3);
    }
    expect(std(test.X).mean().dataSync()[0]!).toBeGreaterThan(1);
    // the lengths are centred: the ruler's offsets undo the images' reference
    for (const mean of lengths.mean(1).dataSync()) expect(Math.abs(mean)).toBeLessThan(0.15);
  });

  it("keeps the test set when only the number of training images changes, and follows the seed", () => {
    const more = xrayTasks({ mTrain: 80, mTest: 500 });
    expectClose("test X", more.test.X, test.X, { rtol: 0, atol: 0 });
    expectClose("ruler", more.ruler.W, ruler.W, { rtol: 0, atol: 0 });
    expect(more.train.X.shape).toEqual([PIXELS, 80]);
    const other = xrayTasks({ mTrain: 30, mTest: 500, seed: 2 });
    expect(other.test.X.sub(test.X).abs().max().dataSync()[0]).toBeGreaterThan(0.1);
  });
});
