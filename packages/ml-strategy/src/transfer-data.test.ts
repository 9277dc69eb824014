import { expectClose } from "@dlc/student-kit/check";
import { describe, expect, it } from "vitest";
import { SOURCE_LABELS, transferTasks } from "./transfer-data.ts";

describe("transferTasks", () => {
  const tasks = transferTasks({ mSource: 400, mTarget: 30, mTest: 300 });

  it("draws a five-label source task, a small one-label target task and its test set", () => {
    expect(tasks.source.X.shape).toEqual([12, 400]);
    expect(tasks.source.Y.shape).toEqual([SOURCE_LABELS, 400]);
    expect(tasks.target.X.shape).toEqual([12, 30]);
    expect(tasks.target.Y.shape).toEqual([1, 30]);
    expect(tasks.targetTest.Y.shape).toEqual([1, 300]);
  });

  it("balances the labels (thresholds at the median, 5 % flipped)", () => {
    for (const rate of tasks.source.Y.mean(1).arraySync() as number[]) {
      expect(rate).toBeGreaterThan(0.4);
      expect(rate).toBeLessThan(0.6);
    }
    const test = tasks.targetTest.Y.mean().dataSync()[0]!;
    expect(test).toBeGreaterThan(0.4);
    expect(test).toBeLessThan(0.6);
    const labels = new Set(tasks.source.Y.dataSync());
    expect([...labels].sort()).toEqual([0, 1]);
  });

  it("is the same for the same seed and different for another", () => {
    const again = transferTasks({ mSource: 400, mTarget: 30, mTest: 300 });
    expectClose("same seed", again.target.X, tasks.target.X, { rtol: 0, atol: 0 });
    const other = transferTasks({ mSource: 400, mTarget: 30, mTest: 300, seed: 2 });
    expect(other.target.X.sub(tasks.target.X).abs().max().dataSync()[0]).toBeGreaterThan(0.1);
  });

  it("keeps the source and the test set when only the number of target examples changes", () => {
    const more = transferTasks({ mSource: 400, mTarget: 90, mTest: 300 });
    expectClose("source X", more.source.X, tasks.source.X, { rtol: 0, atol: 0 });
    expectClose("source Y", more.source.Y, tasks.source.Y, { rtol: 0, atol: 0 });
    expectClose("test Y", more.targetTest.Y, tasks.targetTest.Y, { rtol: 0, atol: 0 });
    expect(more.target.X.shape).toEqual([12, 90]);
  });
});
