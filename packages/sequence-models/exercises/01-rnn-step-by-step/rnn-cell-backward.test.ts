import { expectClose, expectGradients } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import { drawNamed } from "../../src/notebook-cases.ts";
import type { RnnParameters } from "../../src/types.ts";
import { rnnCellBackward } from "./rnn-cell-backward.ts";
import { rnnCellForward } from "./rnn-cell-forward.ts";

/** The notebook's draws for the backward tests: Wax before Waa, then da_next after the forward. */
const shapes = (nX: number, nA: number, nY: number, m: number) =>
  [
    ["xt", [nX, m]],
    ["aPrev", [nA, m]],
    ["Wax", [nA, nX]],
    ["Waa", [nA, nA]],
    ["Wya", [nY, nA]],
    ["ba", [nA, 1]],
    ["by", [nY, 1]],
    ["daNext", [nA, m]],
  ] as const;

describe("rnnCellBackward", () => {
  it("is linear in da_next: zeros give zeros, twice da_next twice every gradient (any cache)", () => {
    const { xt, aPrev, z, daNext, ...parameters } = drawNamed(3, [
      ["xt", [3, 4]],
      ["aPrev", [2, 4]],
      ["z", [2, 4]],
      ["daNext", [2, 4]],
      ["Wax", [2, 3]],
      ["Waa", [2, 2]],
      ["Wya", [2, 2]],
      ["ba", [2, 1]],
      ["by", [2, 1]],
    ]);
    const cache = { aNext: tf.tanh(z), aPrev, xt, parameters };
    const once = rnnCellBackward(daNext, cache);
    const twice = rnnCellBackward(daNext.mul(2), cache);
    const none = rnnCellBackward(tf.zerosLike(daNext), cache);
    for (const k of ["dxt", "daPrev", "dWax", "dWaa", "dba"] as const) {
      expectClose(`rnnCellBackward(2·da_next).${k}`, twice[k], once[k].mul(2));
      expectClose(`rnnCellBackward(0).${k}`, none[k], tf.zerosLike(once[k]));
    }
  });

  it("matches the notebook: dxt[1][2], da_prev[2][3], dWax[3][1], dWaa[1][2], dba[4] (seed 1)", () => {
    const { xt, aPrev, daNext, ...parameters } = drawNamed(1, shapes(3, 5, 2, 10));
    const { cache } = rnnCellForward(xt, aPrev, parameters);
    const g = rnnCellBackward(daNext, cache);
    expectClose("rnnCellBackward: dxt[1][2]", g.dxt.arraySync()[1]![2]!, -1.3872130506020928);
    expectClose("rnnCellBackward: daPrev[2][3]", g.daPrev.arraySync()[2]![3]!, -0.1523994937739543);
    expectClose("rnnCellBackward: dWax[3][1]", g.dWax.arraySync()[3]![1]!, 0.41077282493545836);
    expectClose("rnnCellBackward: dWaa[1][2]", g.dWaa.arraySync()[1]![2]!, 1.1503450668497135);
    expectClose("rnnCellBackward: dba[4]", tf.tensor(g.dba.arraySync()[4]!), [0.2002349138798538]);
  });

  test.prop(
    [
      fc.record({
        nX: fc.integer({ min: 1, max: 4 }),
        nA: fc.integer({ min: 1, max: 4 }),
        m: fc.integer({ min: 1, max: 4 }),
        seed: fc.nat(1000),
      }),
    ],
    { numRuns: 10 },
  )(
    "agrees with tf.grad of J = Σ da_next ⊙ a_next, each gradient shaped like its variable",
    ({ nX, nA, m, seed }) => {
      const { xt, aPrev, daNext, ...parameters } = drawNamed(seed, shapes(nX, nA, 2, m));
      const { cache } = rnnCellForward(xt, aPrev, parameters);
      const got = rnnCellBackward(daNext, cache);
      const J = (x: tf.Tensor, a: tf.Tensor, Wax: tf.Tensor, Waa: tf.Tensor, ba: tf.Tensor) => {
        const p = { ...parameters, Wax, Waa, ba } as RnnParameters;
        return rnnCellForward(x as tf.Tensor2D, a as tf.Tensor2D, p)
          .aNext.mul(daNext)
          .sum();
      };
      const [gx, ga, gWax, gWaa, gba] = tf.grads(J)([
        xt,
        aPrev,
        parameters.Wax,
        parameters.Waa,
        parameters.ba,
      ]);
      expectGradients(
        "rnnCellBackward",
        {
          dxt: { actual: got.dxt, oracle: gx! },
          daPrev: { actual: got.daPrev, oracle: ga! },
          dWax: { actual: got.dWax, oracle: gWax! },
          dWaa: { actual: got.dWaa, oracle: gWaa! },
          dba: { actual: got.dba, oracle: gba! },
        },
        "autodiff",
      );
    },
  );
});
