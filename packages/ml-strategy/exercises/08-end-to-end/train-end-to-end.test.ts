import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { trainEndToEnd } from "./train-end-to-end.ts";

describe("trainEndToEnd", () => {
  it("trains one logistic unit from the raw inputs like numpy (np.random.seed(1), 201 steps, α = 0.1)", () => {
    const [X] = randnSequence(1, [[3, 8]]);
    const Y = tf.tensor2d([[1, 0, 1, 1, 0, 0, 1, 0]]);
    const { model, costs } = trainEndToEnd(X!, Y, 0.1, 201);
    expectClose("costs", tf.tensor1d(costs), [Math.LN2, 0.4747192164864632, 0.4390700916709921], {
      rtol: 1e-4,
    });
    expectClose("model.W", model.W, [[1.0443510034, 0.3821785127, 1.4598364578]], { rtol: 1e-3 });
    expectClose("model.b", model.b, [[0.1937541601]], { rtol: 1e-3 });
  });

  test.prop([fc.integer({ min: 1, max: 6 }), fc.integer({ min: 4, max: 30 }), fc.nat(1000)], {
    numRuns: 8,
  })(
    "starts at log 2, one cost every 100 steps, the cost falls, W is [1, n] and b [1, 1]",
    (n, m, seed) => {
      const [X] = randnSequence(seed, [[n, m]]);
      const Y = X!.slice([0, 0], [1, m]).greater(0).cast("float32");
      const { model, costs } = trainEndToEnd(X!, Y, 0.1, 201);
      expect(model.W.shape).toEqual([1, n]);
      expect(model.b.shape).toEqual([1, 1]);
      expect(costs).toHaveLength(3);
      expect(costs[0]).toBeCloseTo(Math.log(2), 5);
      expect(costs[2]!).toBeLessThan(costs[0]!);
    },
  );

  it("leaks no tensors: only the model's W and b outlive the call", () => {
    const [X] = randnSequence(3, [[3, 8]]);
    const Y = tf.tensor2d([[1, 0, 1, 1, 0, 0, 1, 0]]);
    const before = tf.memory().numTensors;
    trainEndToEnd(X!, Y, 0.1, 150);
    expect(tf.memory().numTensors - before).toBe(2);
  });
});
