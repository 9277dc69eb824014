import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { drawNamed } from "../../src/notebook-cases.ts";
import { softmax } from "../../src/rnn-utils.ts";
import { rnnCellForward } from "./rnn-cell-forward.ts";

describe("rnnCellForward", () => {
  it("matches the notebook: a_next[4] and yt_pred[1] (seed 1, n_x 3, n_a 5, n_y 2, m 10)", () => {
    const { xt, aPrev, ...parameters } = drawNamed(1, [
      ["xt", [3, 10]],
      ["aPrev", [5, 10]],
      ["Waa", [5, 5]],
      ["Wax", [5, 3]],
      ["Wya", [2, 5]],
      ["ba", [5, 1]],
      ["by", [2, 1]],
    ]);
    const { aNext, ytPred, cache } = rnnCellForward(xt, aPrev, parameters);
    expect([aNext.shape, ytPred.shape]).toEqual([
      [5, 10],
      [2, 10],
    ]);
    expectClose(
      "rnnCellForward: a_next[4]",
      tf.tensor(aNext.arraySync()[4]!),
      [
        0.5958454361396669, 0.18141801524270917, 0.6131186601837866, 0.9980821836482744,
        0.8501620098759239, 0.999809777363631, -0.18887155412988774, 0.9981555128490937,
        0.6531150966861294, 0.8287203739542315,
      ],
    );
    expectClose(
      "rnnCellForward: yt_pred[1]",
      tf.tensor(ytPred.arraySync()[1]!),
      [
        0.9888161020372671, 0.01682021075032579, 0.21140898750443415, 0.36817466810650507,
        0.989883869701484, 0.8894521151515654, 0.3692022383155003, 0.9966312028640354,
        0.9982559002073211, 0.17746526245711977,
      ],
    );
    expectClose("rnnCellForward: cache.aPrev", cache.aPrev, aPrev);
    expectClose("rnnCellForward: cache.aNext", cache.aNext, aNext);
  });

  const sizes = fc.record({
    nX: fc.integer({ min: 1, max: 4 }),
    nA: fc.integer({ min: 1, max: 5 }),
    nY: fc.integer({ min: 2, max: 4 }),
    m: fc.integer({ min: 1, max: 5 }),
    seed: fc.nat(1000),
  });

  test.prop([sizes], { numRuns: 10 })(
    "with xt = 0 and a_prev = 0, a_next = tanh(ba) and yt_pred = softmax(Wya·tanh(ba) + by)",
    ({ nX, nA, nY, m, seed }) => {
      const p = drawNamed(seed, [
        ["Waa", [nA, nA]],
        ["Wax", [nA, nX]],
        ["Wya", [nY, nA]],
        ["ba", [nA, 1]],
        ["by", [nY, 1]],
      ]);
      const { aNext, ytPred } = rnnCellForward(tf.zeros([nX, m]), tf.zeros([nA, m]), p);
      const a = tf.tanh(p.ba).tile([1, m]);
      expectClose("rnnCellForward: a_next", aNext, a);
      expectClose("rnnCellForward: yt_pred", ytPred, softmax(tf.matMul(p.Wya, a).add(p.by)));
    },
  );

  test.prop([sizes], { numRuns: 10 })(
    "isolates each term: with a_prev = 0, a_next = tanh(Wax·xt + ba); with xt = 0, tanh(Waa·a_prev + ba)",
    ({ nX, nA, nY, m, seed }) => {
      const { xt, aPrev, ...p } = drawNamed(seed, [
        ["xt", [nX, m]],
        ["aPrev", [nA, m]],
        ["Waa", [nA, nA]],
        ["Wax", [nA, nX]],
        ["Wya", [nY, nA]],
        ["ba", [nA, 1]],
        ["by", [nY, 1]],
      ]);
      const fromX = rnnCellForward(xt, tf.zeros([nA, m]), p).aNext;
      expectClose(
        "rnnCellForward: a_next (a_prev = 0)",
        fromX,
        tf.tanh(tf.matMul(p.Wax, xt).add(p.ba)),
      );
      const fromA = rnnCellForward(tf.zeros([nX, m]), aPrev, p).aNext;
      expectClose(
        "rnnCellForward: a_next (xt = 0)",
        fromA,
        tf.tanh(tf.matMul(p.Waa, aPrev).add(p.ba)),
      );
    },
  );
});
