import { expectClose, expectGradients } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { drawNamed, lstmParameterShapes, randomLstmCache } from "../../src/notebook-cases.ts";
import type { LstmCaches, LstmParameters } from "../../src/types.ts";
import { lstmBackward } from "./lstm-backward.ts";
import { lstmForward } from "./lstm-forward.ts";

const GATES = ["Wf", "bf", "Wi", "bi", "Wc", "bc", "Wo", "bo"] as const;

describe("lstmBackward", () => {
  it("is linear in da: zeros give zeros, twice da twice every gradient (any caches)", () => {
    const { x, da, ...parameters } = drawNamed(3, [
      ["x", [3, 4, 3]],
      ...lstmParameterShapes(2, 3, 2),
      ["da", [2, 4, 3]],
    ]);
    const cells = [0, 1, 2].map((t) => ({
      ...randomLstmCache(10 + t, 3, 2, 4, parameters),
      xt: x.slice([0, 0, t], [3, 4, 1]).reshape([3, 4]) as tf.Tensor2D,
    }));
    const caches: LstmCaches = [cells, x as tf.Tensor as tf.Tensor3D];
    const once = lstmBackward(da as tf.Tensor as tf.Tensor3D, caches);
    const twice = lstmBackward(da.mul(2) as tf.Tensor3D, caches);
    const none = lstmBackward(tf.zeros([2, 4, 3]), caches);
    for (const k of ["dx", "da0", ...GATES.map((g) => `d${g}` as const)] as const) {
      expectClose(`lstmBackward(2·da).${k}`, twice[k], once[k].mul(2));
      expectClose(`lstmBackward(0).${k}`, none[k], tf.zerosLike(once[k]));
    }
  });

  it("follows the notebook's recipe: seed 1, x of 7 steps, da of 4 (the backward pass walks da's 4 steps)", () => {
    const { x, a0, da, ...parameters } = drawNamed(1, [
      ["x", [3, 10, 7]],
      ["a0", [5, 10]],
      ...lstmParameterShapes(5, 3, 2),
      ["da", [5, 10, 4]],
    ]);
    const { caches } = lstmForward(x as tf.Tensor as tf.Tensor3D, a0, parameters);
    const g = lstmBackward(da as tf.Tensor as tf.Tensor3D, caches);
    const at = (t: tf.Tensor2D, i: number, j: number) => t.arraySync()[i]![j]!;
    expect(g.dx.shape).toEqual([3, 10, 4]);
    expectClose(
      "lstmBackward: dx[1][2]",
      tf.tensor(g.dx.arraySync()[1]![2]!),
      [0.02065390737730342, -0.261972820606191, -0.07826520050142513, 0.5388658140800272],
    );
    expectClose("lstmBackward: da0[2][3]", at(g.da0, 2, 3), -0.0825555676422674);
    expectClose("lstmBackward: dWf[3][1]", at(g.dWf, 3, 1), -0.017110077516728904);
    expectClose("lstmBackward: dWi[1][2]", at(g.dWi, 1, 2), 0.010066399289144795);
    expectClose("lstmBackward: dWc[3][1]", at(g.dWc, 3, 1), 0.10932020093692602);
    expectClose("lstmBackward: dWo[1][2]", at(g.dWo, 1, 2), -0.07352078454941989);
    expectClose("lstmBackward: dbf[4]", at(g.dbf, 4, 0), -0.4296586781638887);
    expectClose("lstmBackward: dbi[4]", at(g.dbi, 4, 0), -0.23772938802668153);
    expectClose("lstmBackward: dbc[4]", at(g.dbc, 4, 0), 0.1261347743605496);
    expectClose("lstmBackward: dbo[4]", at(g.dbo, 4, 0), -0.24075243669655944);
  });

  test.prop(
    [
      fc.record({
        nX: fc.integer({ min: 1, max: 2 }),
        nA: fc.integer({ min: 1, max: 3 }),
        m: fc.integer({ min: 1, max: 3 }),
        Tx: fc.integer({ min: 1, max: 3 }),
        seed: fc.nat(1000),
      }),
    ],
    { numRuns: 6 },
  )(
    "agrees with tf.grad of J = Σ da ⊙ a through every step, each gradient shaped like its variable",
    ({ nX, nA, m, Tx, seed }) => {
      const { x, a0, da, ...parameters } = drawNamed(seed, [
        ["x", [nX, m, Tx]],
        ["a0", [nA, m]],
        ...lstmParameterShapes(nA, nX, 2),
        ["da", [nA, m, Tx]],
      ]);
      const { caches } = lstmForward(x as tf.Tensor as tf.Tensor3D, a0, parameters);
      const got = lstmBackward(da as tf.Tensor as tf.Tensor3D, caches);
      const J = (...v: tf.Tensor[]) => {
        const p = { ...parameters } as Record<string, tf.Tensor>;
        GATES.forEach((k, i) => {
          p[k] = v[i + 2]!;
        });
        const { a } = lstmForward(
          v[0] as tf.Tensor3D,
          v[1] as tf.Tensor2D,
          p as unknown as LstmParameters,
        );
        return a.mul(da).sum();
      };
      const oracle = tf.grads(J)([x, a0, ...GATES.map((k) => parameters[k])]);
      expectGradients(
        "lstmBackward",
        {
          dx: { actual: got.dx, oracle: oracle[0]! },
          da0: { actual: got.da0, oracle: oracle[1]! },
          ...Object.fromEntries(
            GATES.map((k, i) => [`d${k}`, { actual: got[`d${k}`], oracle: oracle[i + 2]! }]),
          ),
        },
        "autodiff",
      );
    },
  );
});
