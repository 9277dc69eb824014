import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { drawNamed } from "../../src/notebook-cases.ts";
import { rnnCellForward } from "./rnn-cell-forward.ts";
import { rnnForward } from "./rnn-forward.ts";

describe("rnnForward", () => {
  it("matches the notebook: a[4][1], y_pred[1][3], caches[1][1][3] (seed 1, T_x 4)", () => {
    const { x, a0, ...parameters } = drawNamed(1, [
      ["x", [3, 10, 4]],
      ["a0", [5, 10]],
      ["Waa", [5, 5]],
      ["Wax", [5, 3]],
      ["Wya", [2, 5]],
      ["ba", [5, 1]],
      ["by", [2, 1]],
    ]);
    const { a, yPred, caches } = rnnForward(x as tf.Tensor as tf.Tensor3D, a0, parameters);
    expect([a.shape, yPred.shape, caches.length, caches[0].length]).toEqual([
      [5, 10, 4],
      [2, 10, 4],
      2,
      4,
    ]);
    expectClose(
      "rnnForward: a[4][1]",
      tf.tensor(a.arraySync()[4]![1]!),
      [-0.9999937511218437, 0.7791123524295185, -0.9986146863678004, -0.9983326666674084],
    );
    expectClose(
      "rnnForward: y_pred[1][3]",
      tf.tensor(yPred.arraySync()[1]![3]!),
      [0.7956037317020951, 0.8622486063005222, 0.11118256946945908, 0.8151594655010062],
      { atol: 1e-4 },
    );
    expectClose(
      "rnnForward: caches[1][1][3]",
      tf.tensor(caches[1].arraySync()[1]![3]!),
      [-1.1425181980221402, -0.3493427224128775, -0.2088942333747781, 0.5866231911821976],
    );
  });

  test.prop(
    [
      fc.record({
        nX: fc.integer({ min: 1, max: 3 }),
        nA: fc.integer({ min: 1, max: 4 }),
        nY: fc.integer({ min: 2, max: 3 }),
        m: fc.integer({ min: 1, max: 4 }),
        Tx: fc.integer({ min: 1, max: 4 }),
        seed: fc.nat(1000),
      }),
    ],
    { numRuns: 8 },
  )(
    "step t is rnnCellForward of x[:, :, t] from step t − 1's hidden state (a0 first)",
    ({ nX, nA, nY, m, Tx, seed }) => {
      const { x, a0, ...p } = drawNamed(seed, [
        ["x", [nX, m, Tx]],
        ["a0", [nA, m]],
        ["Waa", [nA, nA]],
        ["Wax", [nA, nX]],
        ["Wya", [nY, nA]],
        ["ba", [nA, 1]],
        ["by", [nY, 1]],
      ]);
      const { a, yPred } = rnnForward(x as tf.Tensor as tf.Tensor3D, a0, p);
      expect([a.shape, yPred.shape]).toEqual([
        [nA, m, Tx],
        [nY, m, Tx],
      ]);
      let aPrev = a0;
      for (let t = 0; t < Tx; t++) {
        const step = rnnCellForward(x.slice([0, 0, t], [nX, m, 1]).reshape([nX, m]), aPrev, p);
        expectClose(
          `rnnForward: a[:, :, ${t}]`,
          a.slice([0, 0, t], [nA, m, 1]).reshape([nA, m]),
          step.aNext,
        );
        expectClose(
          `rnnForward: y_pred[:, :, ${t}]`,
          yPred.slice([0, 0, t], [nY, m, 1]).reshape([nY, m]),
          step.ytPred,
        );
        aPrev = step.aNext;
      }
    },
  );
});
