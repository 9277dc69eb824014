import { expectClose, labelsData, tensorData, toTensor } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { optimize } from "./optimize.ts";

describe("optimize", () => {
  it("matches the notebook: 100 iterations at learning rate 0.009", () => {
    const X = tf.tensor2d([
      [1, -2, -1],
      [3, 0.5, -3.2],
    ]);
    const Y = tf.tensor2d([[1, 1, 0]]);
    const { params, grads, costs } = optimize(tf.tensor2d([[1], [2]]), 1.5, X, Y, 100, 0.009);
    expectClose("optimize: params.w", params.w, [[0.80956046], [2.0508202]]);
    expectClose("optimize: params.b", params.b, 1.5948713189708588);
    expectClose("optimize: grads.dw", grads.dw, [[0.17860505], [-0.04840656]]);
    expectClose("optimize: grads.db", grads.db, -0.08888460336847771);
    expectClose("optimize: costs", tf.tensor1d(costs), [0.15900537707692405]);
  });

  it("matches the notebook's public test: 101 iterations at learning rate 0.1", () => {
    const w = tf.tensor2d([[1], [2]]);
    const X = tf.tensor2d([
      [1, 2, -1],
      [3, 4, -3.2],
    ]);
    const Y = tf.tensor2d([[1, 0, 1]]);
    const { params, grads, costs } = optimize(w, 2, X, Y, 101, 0.1);
    expect(Array.isArray(costs)).toBe(true);
    expect(typeof params.b).toBe("number");
    expect(typeof grads.db).toBe("number");
    // costs[0] is propagate's 5.8015 on these inputs: float32 keeps it to ~1e-3 relative (1 − σ(12)).
    expectClose("optimize: costs", tf.tensor1d(costs), [5.801545319394553, 0.3105710352459556], {
      rtol: 1e-3,
    });
    expectClose("optimize: grads.dw", grads.dw, [[0.06188603], [-0.01407361]]);
    expectClose("optimize: grads.db", grads.db, -0.047093537632615125);
    expectClose("optimize: params.w", params.w, [[-0.70916784], [-0.42390859]]);
    expectClose("optimize: params.b", params.b, 2.2689134634056387);
    expectClose("w after optimize (the caller's, untouched)", w, [[1], [2]]);
  });

  // Separable with a margin: feature 0 is ≥ 0.5 for label 1 and ≤ −0.5 for label 0, the
  // other features are noise. Gradient descent from zeros must lower the cost every 100 steps.
  const separable = fc
    .record({
      n: fc.integer({ min: 1, max: 4 }),
      m: fc.integer({ min: 2, max: 12 }),
      numIterations: fc.integer({ min: 101, max: 320 }),
    })
    .chain(({ n, m, numIterations }) =>
      fc.record({
        Y: labelsData(m),
        noise: tensorData([n, m], { min: -2, max: 2 }),
        numIterations: fc.constant(numIterations),
      }),
    );

  test.prop([separable], { numRuns: 10 })(
    "from zeros on separable data: one cost per 100 steps, starting at ln 2 and falling",
    ({ Y: YData, noise, numIterations }) => {
      const [n, m] = noise.shape as [number, number];
      const values = noise.values.map((v, i) =>
        i < m ? (YData.values[i] ? 1 : -1) * (0.5 + Math.abs(v)) : v,
      );
      const X = tf.tensor(values, [n, m]);
      const Y = toTensor(YData);
      const { params, costs } = optimize(tf.zeros([n, 1]), 0, X, Y, numIterations, 0.1);
      expect(params.w.shape).toEqual([n, 1]);
      expect(costs).toHaveLength(Math.ceil(numIterations / 100));
      expectClose("optimize: costs[0] (w = 0, b = 0)", costs[0]!, Math.LN2);
      for (let i = 1; i < costs.length; i++) {
        expect(costs[i]!).toBeGreaterThanOrEqual(0);
        expect(costs[i]!).toBeLessThan(costs[i - 1]!);
      }
    },
  );

  it("leaks no tensors: only params.w and grads.dw outlive the call", () => {
    const w = tf.tensor2d([[1], [2]]);
    const X = tf.tensor2d([
      [1, 2, -1],
      [3, 4, -3.2],
    ]);
    const Y = tf.tensor2d([[1, 0, 1]]);
    const before = tf.memory().numTensors;
    optimize(w, 2, X, Y, 150, 0.1);
    expect(tf.memory().numTensors - before).toBe(2);
  });
});
