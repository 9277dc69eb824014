import { expectClose } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { initializeParametersDeep } from "./initialize-parameters-deep.ts";

describe("initializeParametersDeep", () => {
  it("matches the notebook: layer_dims [5, 4, 3]", () => {
    const p = initializeParametersDeep([5, 4, 3]);
    expectClose("W1", p.W1!, [
      [0.017886285, 0.004365099, 0.000964975, -0.018634927, -0.002773882],
      [-0.00354759, -0.000827415, -0.006270007, -0.000438182, -0.00477218],
      [-0.013138648, 0.008846224, 0.00881318, 0.017095731, 0.000500336],
      [-0.004046774, -0.005453599, -0.015464773, 0.009823674, -0.011010676],
    ]);
    expectClose("b1", p.b1!, [[0], [0], [0], [0]]);
    expectClose("W2", p.W2!, [
      [-0.011850465, -0.002056499, 0.014861484, 0.002367163],
      [-0.010237851, -0.007129932, 0.00625245, -0.001605134],
      [-0.007688364, -0.002300307, 0.007450563, 0.019761108],
    ]);
    expectClose("b2", p.b2!, [[0], [0], [0]]);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 })])(
    "gives one W and one b per layer, shaped by the neighbouring sizes",
    (dims) => {
      const p = initializeParametersDeep(dims);
      expect(Object.keys(p)).toHaveLength(2 * (dims.length - 1));
      for (let l = 1; l < dims.length; l++) {
        expect(p[`W${l}`]!.shape).toEqual([dims[l], dims[l - 1]]);
        expect(p[`b${l}`]!.shape).toEqual([dims[l], 1]);
      }
    },
  );
});
