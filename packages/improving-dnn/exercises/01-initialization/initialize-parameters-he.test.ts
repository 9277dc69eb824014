import { expectClose, RandomState } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { initializeParametersHe } from "./initialize-parameters-he.ts";

describe("initializeParametersHe", () => {
  it("matches the notebook: layers_dims [2, 4, 1]", () => {
    const p = initializeParametersHe([2, 4, 1]);
    expectClose("W1", p.W1!, [
      [1.78862847, 0.43650985],
      [0.09649747, -1.8634927],
      [-0.2773882, -0.35475898],
      [-0.08274148, -0.62700068],
    ]);
    expectClose("b1", p.b1!, [[0], [0], [0], [0]]);
    expectClose("W2", p.W2!, [[-0.03098412, -0.33744411, -0.92904268, 0.62552248]]);
    expectClose("b2", p.b2!, [[0]]);
  });

  it("scales each layer by its own fan-in: [5, 3, 2] with seed 11", () => {
    // np.random.seed(11); W1 = randn(3, 5) * sqrt(2/5); W2 = randn(2, 3) * sqrt(2/3)
    const p = initializeParametersHe([5, 3, 2], 11);
    expectClose("W2", p.W2!, [
      [-0.914047724, 0.601625211, 1.285683337],
      [-0.025372703, -0.558031835, 0.894577903],
    ]);
  });

  test.prop([
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 }),
    fc.nat(1000),
  ])(
    "draws W1, W2, … in order from one RandomState(seed), times √(2 / n_{l−1}), with zero biases",
    (dims, seed) => {
      const p = initializeParametersHe(dims, seed);
      expect(Object.keys(p)).toHaveLength(2 * (dims.length - 1));
      const rng = new RandomState(seed);
      for (let l = 1; l < dims.length; l++) {
        const shape = [dims[l]!, dims[l - 1]!];
        const scale = Math.sqrt(2 / dims[l - 1]!);
        expect(p[`W${l}`]!.shape).toEqual(shape);
        expect(p[`b${l}`]!.shape).toEqual([dims[l], 1]);
        const expected = tf.tensor(
          Float32Array.from(rng.randn(...shape), (v) => v * scale),
          shape,
        );
        expectClose(`W${l}`, p[`W${l}`]!, expected);
        expect(p[`b${l}`]!.abs().max().dataSync()[0]).toBe(0);
      }
    },
  );

  test.prop([fc.integer({ min: 200, max: 400 }), fc.integer({ min: 20, max: 40 }), fc.nat(1000)], {
    numRuns: 5,
  })("keeps Var(W_l) ≈ 2 / n_{l−1} on wide layers", (n0, n1, seed) => {
    const p = initializeParametersHe([n0, n1, n0], seed);
    for (const [key, fanIn] of [
      ["W1", n0],
      ["W2", n1],
    ] as const) {
      const variance = tf.moments(p[key]!).variance.dataSync()[0]!;
      expect(Math.abs(variance / (2 / fanIn) - 1)).toBeLessThan(0.15);
    }
  });
});
