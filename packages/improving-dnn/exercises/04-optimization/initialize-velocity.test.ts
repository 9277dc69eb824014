import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { initializeVelocity } from "./initialize-velocity.ts";

describe("initializeVelocity", () => {
  it("matches the notebook: zeros shaped like W1, b1, W2, b2", () => {
    // initialize_velocity_test_case: np.random.seed(1), W1 (2, 3), b1 (2, 1), W2 (3, 3), b2 (3, 1)
    const [W1, b1, W2, b2] = randnSequence(1, [
      [2, 3],
      [2, 1],
      [3, 3],
      [3, 1],
    ]);
    const v = initializeVelocity({ W1: W1!, b1: b1!, W2: W2!, b2: b2! });
    expect(Object.keys(v).sort()).toEqual(["dW1", "dW2", "db1", "db2"]);
    expectClose('v["dW1"]', v.dW1, [
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expectClose('v["db1"]', v.db1, [[0], [0]]);
    expectClose('v["dW2"]', v.dW2, [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expectClose('v["db2"]', v.db2, [[0], [0], [0]]);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 })], {
    numRuns: 25,
  })("gives every layer a float32 zero dWl shaped like Wl and dbl shaped like bl", (dims) => {
    const parameters: Record<string, tf.Tensor> = {};
    for (let l = 1; l < dims.length; l++) {
      parameters[`W${l}`] = tf.ones([dims[l]!, dims[l - 1]!]);
      parameters[`b${l}`] = tf.ones([dims[l]!, 1]);
    }
    const v = initializeVelocity(parameters);
    expect(Object.keys(v).sort()).toEqual(
      Object.keys(parameters)
        .map((k) => `d${k}`)
        .sort(),
    );
    for (const [k, p] of Object.entries(parameters)) {
      expect(v[`d${k}`]!.shape).toEqual(p.shape);
      expect(v[`d${k}`]!.dtype).toBe("float32");
      expect(v[`d${k}`]!.abs().max().dataSync()[0]).toBe(0);
    }
  });
});
