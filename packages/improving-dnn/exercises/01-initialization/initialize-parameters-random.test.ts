import { expectClose, RandomState } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { initializeParametersRandom } from "./initialize-parameters-random.ts";

describe("initializeParametersRandom", () => {
  it("matches the notebook: layers_dims [3, 2, 1]", () => {
    const p = initializeParametersRandom([3, 2, 1]);
    expectClose("W1", p.W1!, [
      [17.88628473, 4.36509851, 0.96497468],
      [-18.63492703, -2.77388203, -3.54758979],
    ]);
    expectClose("b1", p.b1!, [[0], [0]]);
    expectClose("W2", p.W2!, [[-0.82741481, -6.27000677]]);
    expectClose("b2", p.b2!, [[0]]);
  });

  it("uses the seed it is given: [4, 3, 2] with seed 7", () => {
    // np.random.seed(7); randn(3, 4) * 10 (W1), then randn(2, 3) * 10 (W2)
    const p = initializeParametersRandom([4, 3, 2], 7);
    expectClose("W2", p.W2!, [
      [5.052993742, -2.613564152, -2.427490787],
      [-14.532414125, 5.545803119, 1.238809053],
    ]);
  });

  test.prop([
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 }),
    fc.nat(1000),
  ])(
    "draws W1, W2, … in order from one RandomState(seed), times 10, with zero biases",
    (dims, seed) => {
      const p = initializeParametersRandom(dims, seed);
      expect(Object.keys(p)).toHaveLength(2 * (dims.length - 1));
      const rng = new RandomState(seed);
      for (let l = 1; l < dims.length; l++) {
        const shape = [dims[l]!, dims[l - 1]!];
        expect(p[`W${l}`]!.shape).toEqual(shape);
        expect(p[`b${l}`]!.shape).toEqual([dims[l], 1]);
        const expected = tf.tensor(
          Float32Array.from(rng.randn(...shape), (v) => v * 10),
          shape,
        );
        expectClose(`W${l}`, p[`W${l}`]!, expected);
        expect(p[`b${l}`]!.abs().max().dataSync()[0]).toBe(0);
      }
    },
  );
});
