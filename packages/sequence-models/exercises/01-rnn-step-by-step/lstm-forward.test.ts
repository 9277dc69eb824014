import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { drawNamed, lstmParameterShapes } from "../../src/notebook-cases.ts";
import { lstmCellForward } from "./lstm-cell-forward.ts";
import { lstmForward } from "./lstm-forward.ts";

describe("lstmForward", () => {
  it("matches the notebook: a[4][3][6], y[1][4][3], c[1][2][1], caches[1][1][1] (seed 1, T_x 7)", () => {
    const { x, a0, ...parameters } = drawNamed(1, [
      ["x", [3, 10, 7]],
      ["a0", [5, 10]],
      ...lstmParameterShapes(5, 3, 2),
    ]);
    const { a, y, c, caches } = lstmForward(x as tf.Tensor as tf.Tensor3D, a0, parameters);
    expect([a.shape, y.shape, c.shape, caches.length, caches[0].length]).toEqual([
      [5, 10, 7],
      [2, 10, 7],
      [5, 10, 7],
      2,
      7,
    ]);
    expectClose("lstmForward: a[4][3][6]", a.arraySync()[4]![3]![6]!, 0.1721177675329167);
    expectClose("lstmForward: y[1][4][3]", y.arraySync()[1]![4]![3]!, 0.9508734618501101);
    expectClose("lstmForward: c[1][2][1]", c.arraySync()[1]![2]![1]!, -0.8555449167181983);
    expectClose(
      "lstmForward: caches[1][1][1]",
      tf.tensor(caches[1].arraySync()[1]![1]!),
      [
        0.8279746426072462, 0.2300947353643834, 0.7620111803120247, -0.22232814261035927,
        -0.20075806892999745, 0.1865613909882843, 0.4100516472082563,
      ],
    );
  });

  test.prop(
    [
      fc.record({
        nX: fc.integer({ min: 1, max: 3 }),
        nA: fc.integer({ min: 1, max: 3 }),
        m: fc.integer({ min: 1, max: 3 }),
        Tx: fc.integer({ min: 1, max: 4 }),
        seed: fc.nat(1000),
      }),
    ],
    { numRuns: 8 },
  )(
    "step t is lstmCellForward of x[:, :, t] from step t − 1's a and c (a0 and zeros first)",
    ({ nX, nA, m, Tx, seed }) => {
      const { x, a0, ...p } = drawNamed(seed, [
        ["x", [nX, m, Tx]],
        ["a0", [nA, m]],
        ...lstmParameterShapes(nA, nX, 2),
      ]);
      const { a, y, c } = lstmForward(x as tf.Tensor as tf.Tensor3D, a0, p);
      const at = (t3: tf.Tensor, t: number) =>
        t3.slice([0, 0, t], [t3.shape[0], m, 1]).reshape([t3.shape[0], m]) as tf.Tensor2D;
      let aPrev = a0;
      let cPrev = tf.zeros([nA, m]) as tf.Tensor2D;
      for (let t = 0; t < Tx; t++) {
        const step = lstmCellForward(at(x, t), aPrev, cPrev, p);
        expectClose(`lstmForward: a[:, :, ${t}]`, at(a, t), step.aNext);
        expectClose(`lstmForward: c[:, :, ${t}]`, at(c, t), step.cNext);
        expectClose(`lstmForward: y[:, :, ${t}]`, at(y, t), step.ytPred);
        aPrev = step.aNext;
        cPrev = step.cNext;
      }
    },
  );
});
