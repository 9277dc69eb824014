import { expectClose, expectGradients } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { drawNamed } from "../../src/notebook-cases.ts";
import type { RnnCaches, RnnParameters } from "../../src/types.ts";
import { rnnBackward } from "./rnn-backward.ts";
import { rnnForward } from "./rnn-forward.ts";

/** The notebook's draws: x, a0, Wax, Waa, Wya, ba, by, then da after the forward pass. */
const shapes = (nX: number, nA: number, nY: number, m: number, Tx: number) =>
  [
    ["x", [nX, m, Tx]],
    ["a0", [nA, m]],
    ["Wax", [nA, nX]],
    ["Waa", [nA, nA]],
    ["Wya", [nY, nA]],
    ["ba", [nA, 1]],
    ["by", [nY, 1]],
    ["da", [nA, m, Tx]],
  ] as const;

describe("rnnBackward", () => {
  it("is linear in da: zeros give zeros, twice da twice every gradient (any caches)", () => {
    const { x, da, ...parameters } = drawNamed(3, shapes(3, 2, 2, 4, 3));
    const cells = [0, 1, 2].map((t) => {
      const { z, aPrev } = drawNamed(10 + t, [
        ["z", [2, 4]],
        ["aPrev", [2, 4]],
      ]);
      const xt = x.slice([0, 0, t], [3, 4, 1]).reshape([3, 4]) as tf.Tensor2D;
      return { aNext: tf.tanh(z), aPrev, xt, parameters };
    });
    const caches: RnnCaches = [cells, x as tf.Tensor as tf.Tensor3D];
    const once = rnnBackward(da as tf.Tensor as tf.Tensor3D, caches);
    const twice = rnnBackward(da.mul(2) as tf.Tensor3D, caches);
    const none = rnnBackward(tf.zeros([2, 4, 3]), caches);
    for (const k of ["dx", "da0", "dWax", "dWaa", "dba"] as const) {
      expectClose(`rnnBackward(2·da).${k}`, twice[k], once[k].mul(2));
      expectClose(`rnnBackward(0).${k}`, none[k], tf.zerosLike(once[k]));
    }
  });

  it("matches the notebook: dx[1][2], da0[2][3], dWax[3][1], dWaa[1][2], dba[4] (seed 1, T_x 4)", () => {
    const { x, a0, da, ...parameters } = drawNamed(1, shapes(3, 5, 2, 10, 4));
    const { caches } = rnnForward(x as tf.Tensor as tf.Tensor3D, a0, parameters);
    const g = rnnBackward(da as tf.Tensor as tf.Tensor3D, caches);
    expect(g.dx.shape).toEqual([3, 10, 4]);
    expectClose(
      "rnnBackward: dx[1][2]",
      tf.tensor(g.dx.arraySync()[1]![2]!),
      [-2.071016886851007, -0.592556274588873, 0.02466854778006253, 0.01483316637574825],
    );
    expectClose("rnnBackward: da0[2][3]", g.da0.arraySync()[2]![3]!, -0.3149423751266506);
    expectClose("rnnBackward: dWax[3][1]", g.dWax.arraySync()[3]![1]!, 11.264104496527771);
    expectClose("rnnBackward: dWaa[1][2]", g.dWaa.arraySync()[1]![2]!, 2.303333126579893);
    expectClose("rnnBackward: dba[4]", tf.tensor(g.dba.arraySync()[4]!), [-0.7474772166221403]);
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
    "agrees with tf.grad of J = Σ da ⊙ a through every step, each gradient shaped like its variable",
    ({ nX, nA, m, Tx, seed }) => {
      const { x, a0, da, ...parameters } = drawNamed(seed, shapes(nX, nA, 2, m, Tx));
      const { caches } = rnnForward(x as tf.Tensor as tf.Tensor3D, a0, parameters);
      const got = rnnBackward(da as tf.Tensor as tf.Tensor3D, caches);
      const J = (xs: tf.Tensor, a: tf.Tensor, Wax: tf.Tensor, Waa: tf.Tensor, ba: tf.Tensor) => {
        const p = { ...parameters, Wax, Waa, ba } as RnnParameters;
        return rnnForward(xs as tf.Tensor3D, a as tf.Tensor2D, p)
          .a.mul(da)
          .sum();
      };
      const [gx, ga, gWax, gWaa, gba] = tf.grads(J)([
        x,
        a0,
        parameters.Wax,
        parameters.Waa,
        parameters.ba,
      ]);
      expectGradients(
        "rnnBackward",
        {
          dx: { actual: got.dx, oracle: gx! },
          da0: { actual: got.da0, oracle: ga! },
          dWax: { actual: got.dWax, oracle: gWax! },
          dWaa: { actual: got.dWaa, oracle: gWaa! },
          dba: { actual: got.dba, oracle: gba! },
        },
        "autodiff",
      );
    },
  );
});
