import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { drawNamed, lstmParameterShapes } from "../../src/notebook-cases.ts";
import { lstmCellForward } from "./lstm-cell-forward.ts";

describe("lstmCellForward", () => {
  it("matches the notebook: a_next[4], c_next[2], yt[1], cache[1][3] (seed 1)", () => {
    const { xt, aPrev, cPrev, ...parameters } = drawNamed(1, [
      ["xt", [3, 10]],
      ["aPrev", [5, 10]],
      ["cPrev", [5, 10]],
      ...lstmParameterShapes(5, 3, 2),
    ]);
    const { aNext, cNext, ytPred, cache } = lstmCellForward(xt, aPrev, cPrev, parameters);
    expect([aNext.shape, cNext.shape, ytPred.shape]).toEqual([
      [5, 10],
      [5, 10],
      [2, 10],
    ]);
    expectClose(
      "lstmCellForward: a_next[4]",
      tf.tensor(aNext.arraySync()[4]!),
      [
        -0.6640847127473231, 0.00369210071789173, 0.02088357016251321, 0.22834166823390004,
        -0.8557533854879655, 0.00138482308332399, 0.765665307789794, 0.34631420937755314,
        -0.00215673951503999, 0.43827274503824876,
      ],
    );
    expectClose(
      "lstmCellForward: c_next[2]",
      tf.tensor(cNext.arraySync()[2]!),
      [
        0.6326780497534749, 1.0057084884998637, 0.355044742528826, 0.20690913466318617,
        -1.6456671751753493, 0.11832941898220026, 0.764498107990279, -0.0981561038166735,
        -0.7434842469584431, -0.26810932290432954,
      ],
    );
    expectClose(
      "lstmCellForward: yt[1]",
      tf.tensor(ytPred.arraySync()[1]!),
      [
        0.7991391305203184, 0.1598661911219829, 0.22412121648952174, 0.1560610775037162,
        0.9705721055272869, 0.3114638143159746, 0.00943006725965812, 0.12666352948352655,
        0.39380171741014863, 0.07828381153783477,
      ],
    );
    // the notebook's cache[1] is c_next
    expectClose(
      "lstmCellForward: cache.cNext[3]",
      tf.tensor(cache.cNext.arraySync()[3]!),
      [
        -0.16263996282137544, 1.0372932805475017, 0.7293808151461599, -0.5410171916754002,
        0.02752074087421796, -0.30821874105971536, 0.07651100956659866, -1.0375289449432632,
        1.4121997746336703, -0.37647421804024783,
      ],
    );
  });

  const sizes = fc.record({
    nX: fc.integer({ min: 1, max: 3 }),
    nA: fc.integer({ min: 1, max: 4 }),
    m: fc.integer({ min: 1, max: 4 }),
    scale: fc.constantFrom(1, 10, 100),
    seed: fc.nat(1000),
  });

  test.prop([sizes], { numRuns: 10 })(
    "keeps the memory bounded: |c_next| ≤ |c_prev| + 1 and |a_next| ≤ 1, even when the gates saturate",
    ({ nX, nA, m, scale, seed }) => {
      const { xt, aPrev, cPrev, ...p } = drawNamed(seed, [
        ["xt", [nX, m]],
        ["aPrev", [nA, m]],
        ["cPrev", [nA, m]],
        ...lstmParameterShapes(nA, nX, 2),
      ]);
      const big = Object.fromEntries(
        Object.entries(p).map(([k, v]) => [k, v.mul(scale)]),
      ) as typeof p;
      const { aNext, cNext } = lstmCellForward(xt, aPrev, cPrev, big);
      const slack = tf
        .abs(cPrev)
        .add(1 + 1e-5)
        .sub(tf.abs(cNext))
        .min()
        .arraySync() as number;
      expect(slack).toBeGreaterThanOrEqual(0);
      expect(tf.abs(aNext).max().arraySync() as number).toBeLessThanOrEqual(1 + 1e-6);
      expect(Number.isFinite(cNext.sum().arraySync() as number)).toBe(true);
    },
  );

  test.prop([sizes], { numRuns: 10 })(
    "with the forget gate open (bf ≫ 0) and the update gate shut (bi ≪ 0), c_next = c_prev",
    ({ nX, nA, m, seed }) => {
      const { xt, aPrev, cPrev, ...p } = drawNamed(seed, [
        ["xt", [nX, m]],
        ["aPrev", [nA, m]],
        ["cPrev", [nA, m]],
        ...lstmParameterShapes(nA, nX, 2),
      ]);
      const gated = {
        ...p,
        Wf: tf.zerosLike(p.Wf),
        bf: tf.fill([nA, 1], 30) as tf.Tensor2D,
        Wi: tf.zerosLike(p.Wi),
        bi: tf.fill([nA, 1], -30) as tf.Tensor2D,
      };
      const { aNext, cNext, cache } = lstmCellForward(xt, aPrev, cPrev, gated);
      expectClose("lstmCellForward: c_next", cNext, cPrev);
      expectClose(
        "lstmCellForward: a_next = Γo ⊙ tanh(c_next)",
        aNext,
        cache.ot.mul(tf.tanh(cPrev)),
      );
    },
  );
});
