import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { initializeAdam } from "./initialize-adam.ts";

describe("initializeAdam", () => {
  it("matches the notebook: v and s zeros shaped like W1, b1, W2, b2", () => {
    // initialize_adam_test_case: np.random.seed(1), W1 (2, 3), b1 (2, 1), W2 (3, 3), b2 (3, 1)
    const [W1, b1, W2, b2] = randnSequence(1, [
      [2, 3],
      [2, 1],
      [3, 3],
      [3, 1],
    ]);
    const { v, s } = initializeAdam({ W1: W1!, b1: b1!, W2: W2!, b2: b2! });
    for (const [name, state] of [
      ["v", v],
      ["s", s],
    ] as const) {
      expect(Object.keys(state).sort()).toEqual(["dW1", "dW2", "db1", "db2"]);
      expectClose(`${name}["dW1"]`, state.dW1, [
        [0, 0, 0],
        [0, 0, 0],
      ]);
      expectClose(`${name}["db1"]`, state.db1, [[0], [0]]);
      expectClose(`${name}["dW2"]`, state.dW2, [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]);
      expectClose(`${name}["db2"]`, state.db2, [[0], [0], [0]]);
    }
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 })], {
    numRuns: 25,
  })("gives v and s a float32 zero dWl and dbl for every layer, shaped like Wl and bl", (dims) => {
    const parameters: Record<string, tf.Tensor> = {};
    for (let l = 1; l < dims.length; l++) {
      parameters[`W${l}`] = tf.ones([dims[l]!, dims[l - 1]!]);
      parameters[`b${l}`] = tf.ones([dims[l]!, 1]);
    }
    const { v, s } = initializeAdam(parameters);
    for (const state of [v, s]) {
      expect(Object.keys(state).sort()).toEqual(
        Object.keys(parameters)
          .map((k) => `d${k}`)
          .sort(),
      );
      for (const [k, p] of Object.entries(parameters)) {
        expect(state[`d${k}`]!.shape).toEqual(p.shape);
        expect(state[`d${k}`]!.dtype).toBe("float32");
        expect(state[`d${k}`]!.abs().max().dataSync()[0]).toBe(0);
      }
    }
  });
});
