import { expectClose, expectGradients } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import { drawNamed, lstmParameterShapes, randomLstmCache } from "../../src/notebook-cases.ts";
import type { LstmParameters } from "../../src/types.ts";
import { lstmCellBackward } from "./lstm-cell-backward.ts";
import { lstmCellForward } from "./lstm-cell-forward.ts";

const GATES = ["Wf", "bf", "Wi", "bi", "Wc", "bc", "Wo", "bo"] as const;

/** The notebook's draws: xt, a_prev, c_prev, the parameters, then da_next and dc_next. */
const shapes = (nX: number, nA: number, m: number) =>
  [
    ["xt", [nX, m]],
    ["aPrev", [nA, m]],
    ["cPrev", [nA, m]],
    ...lstmParameterShapes(nA, nX, 2),
    ["daNext", [nA, m]],
    ["dcNext", [nA, m]],
  ] as const;

describe("lstmCellBackward", () => {
  it("is linear in (da_next, dc_next): zeros give zeros, twice them twice every gradient (any cache)", () => {
    const { daNext, dcNext, ...parameters } = drawNamed(3, [
      ...lstmParameterShapes(2, 3, 2),
      ["daNext", [2, 4]],
      ["dcNext", [2, 4]],
    ]);
    const cache = randomLstmCache(4, 3, 2, 4, parameters);
    const once = lstmCellBackward(daNext, dcNext, cache);
    const twice = lstmCellBackward(daNext.mul(2), dcNext.mul(2), cache);
    const none = lstmCellBackward(tf.zerosLike(daNext), tf.zerosLike(dcNext), cache);
    for (const k of ["dxt", "daPrev", "dcPrev", ...GATES.map((g) => `d${g}` as const)] as const) {
      expectClose(`lstmCellBackward(2·da_next, 2·dc_next).${k}`, twice[k], once[k].mul(2));
      expectClose(`lstmCellBackward(0, 0).${k}`, none[k], tf.zerosLike(once[k]));
    }
  });

  it("matches the notebook: dxt, da_prev, dc_prev, dWf … dbo at its printed entries (seed 1)", () => {
    const { xt, aPrev, cPrev, daNext, dcNext, ...parameters } = drawNamed(1, shapes(3, 5, 10));
    const { cache } = lstmCellForward(xt, aPrev, cPrev, parameters);
    const g = lstmCellBackward(daNext, dcNext, cache);
    const at = (t: tf.Tensor2D, i: number, j: number) => t.arraySync()[i]![j]!;
    expectClose("lstmCellBackward: dxt[1][2]", at(g.dxt, 1, 2), 3.2305591151091875);
    expectClose("lstmCellBackward: daPrev[2][3]", at(g.daPrev, 2, 3), -0.06396214197109241);
    expectClose("lstmCellBackward: dcPrev[2][3]", at(g.dcPrev, 2, 3), 0.7975220387970015);
    expectClose("lstmCellBackward: dWf[3][1]", at(g.dWf, 3, 1), -0.1479548381644968);
    expectClose("lstmCellBackward: dWi[1][2]", at(g.dWi, 1, 2), 1.0574980552259903);
    expectClose("lstmCellBackward: dWc[3][1]", at(g.dWc, 3, 1), 2.3045621636876668);
    expectClose("lstmCellBackward: dWo[1][2]", at(g.dWo, 1, 2), 0.33131159528921084);
    expectClose("lstmCellBackward: dbf[4]", at(g.dbf, 4, 0), 0.18864637240353493);
    expectClose("lstmCellBackward: dbi[4]", at(g.dbi, 4, 0), -0.40142490909675665);
    expectClose("lstmCellBackward: dbc[4]", at(g.dbc, 4, 0), 0.25587762583018475);
    expectClose("lstmCellBackward: dbo[4]", at(g.dbo, 4, 0), 0.13893341676116255);
  });

  test.prop(
    [
      fc.record({
        nX: fc.integer({ min: 1, max: 3 }),
        nA: fc.integer({ min: 1, max: 3 }),
        m: fc.integer({ min: 1, max: 4 }),
        seed: fc.nat(1000),
      }),
    ],
    { numRuns: 8 },
  )(
    "agrees with tf.grad of J = Σ da_next ⊙ a_next + dc_next ⊙ c_next, each gradient shaped like its variable",
    ({ nX, nA, m, seed }) => {
      const { xt, aPrev, cPrev, daNext, dcNext, ...parameters } = drawNamed(
        seed,
        shapes(nX, nA, m),
      );
      const { cache } = lstmCellForward(xt, aPrev, cPrev, parameters);
      const got = lstmCellBackward(daNext, dcNext, cache);
      const J = (...v: tf.Tensor[]) => {
        const p = { ...parameters } as Record<string, tf.Tensor>;
        GATES.forEach((k, i) => {
          p[k] = v[i + 3]!;
        });
        const out = lstmCellForward(
          v[0] as tf.Tensor2D,
          v[1] as tf.Tensor2D,
          v[2] as tf.Tensor2D,
          p as unknown as LstmParameters,
        );
        return out.aNext.mul(daNext).sum().add(out.cNext.mul(dcNext).sum());
      };
      const oracle = tf.grads(J)([xt, aPrev, cPrev, ...GATES.map((k) => parameters[k])]);
      expectGradients(
        "lstmCellBackward",
        {
          dxt: { actual: got.dxt, oracle: oracle[0]! },
          daPrev: { actual: got.daPrev, oracle: oracle[1]! },
          dcPrev: { actual: got.dcPrev, oracle: oracle[2]! },
          ...Object.fromEntries(
            GATES.map((k, i) => [`d${k}`, { actual: got[`d${k}`], oracle: oracle[i + 3]! }]),
          ),
        },
        "autodiff",
      );
    },
  );
});
