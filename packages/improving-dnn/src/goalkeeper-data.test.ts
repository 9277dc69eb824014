import { expectClose } from "@dlc/student-kit/check";
import { describe, expect, it } from "vitest";
import { boundary, load2DDataset } from "./goalkeeper-data.ts";

/** Share of the points [2, m] whose label [1, m] is the side of the boundary they lie on. */
function agreementWithBoundary(X: number[][], Y: number[][]): number {
  const [x1, x2] = X as [number[], number[]];
  const same = x1.filter((a, i) => (x2[i]! > boundary(a) ? 1 : 0) === Y[0]![i]).length;
  return same / x1.length;
}

describe("load2DDataset", () => {
  const data = load2DDataset();

  it("has the notebook's shapes: 211 training and 200 test points in 2-D, labels 0/1", () => {
    expect(data.trainX.shape).toEqual([2, 211]);
    expect(data.trainY.shape).toEqual([1, 211]);
    expect(data.testX.shape).toEqual([2, 200]);
    expect(data.testY.shape).toEqual([1, 200]);
    for (const Y of [data.trainY, data.testY]) {
      const ys = [...Y.dataSync()];
      expect(ys.every((y) => y === 0 || y === 1)).toBe(true);
      const blue = ys.filter((y) => y === 1).length / ys.length;
      expect(blue).toBeGreaterThan(0.35);
      expect(blue).toBeLessThan(0.65);
    }
  });

  it("stays on the field: x1 in [−0.6, 0.3], x2 in [−0.7, 0.6]", () => {
    for (const X of [data.trainX, data.testX]) {
      const [x1, x2] = X.arraySync() as [number[], number[]];
      expect(Math.min(...x1)).toBeGreaterThanOrEqual(-0.6);
      expect(Math.max(...x1)).toBeLessThanOrEqual(0.3);
      expect(Math.min(...x2)).toBeGreaterThanOrEqual(-0.7);
      expect(Math.max(...x2)).toBeLessThanOrEqual(0.6);
    }
  });

  it("follows the curved boundary, with pockets of wrong labels in the training set only", () => {
    const train = agreementWithBoundary(
      data.trainX.arraySync() as number[][],
      data.trainY.arraySync() as number[][],
    );
    const test = agreementWithBoundary(
      data.testX.arraySync() as number[][],
      data.testY.arraySync() as number[][],
    );
    // seed 1: 13 training points are off their side (pockets and 1 % noise), 5 test points (noise)
    expect(train).toBeCloseTo(198 / 211, 5);
    expect(test).toBeCloseTo(195 / 200, 5);
  });

  it("is seeded: the same seed gives the same data, another seed other data", () => {
    const again = load2DDataset(1);
    expectClose("trainX", again.trainX, data.trainX);
    expectClose("testY", again.testY, data.testY);
    const other = load2DDataset(2);
    expect(other.trainX.sub(data.trainX).abs().max().dataSync()[0]).toBeGreaterThan(0.1);
  });
});
