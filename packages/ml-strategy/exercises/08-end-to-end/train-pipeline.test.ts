import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { trainPipeline } from "./train-pipeline.ts";

describe("trainPipeline", () => {
  it("trains stage 2 on the ruler's measurements like numpy (np.random.seed(2), 201 steps, α = 0.1)", () => {
    const [W, X] = randnSequence(2, [
      [2, 4],
      [4, 8],
    ]);
    const ruler = { W: W!, b: tf.tensor2d([[1], [0.5]]) };
    const Y = tf.tensor2d([[1, 0, 1, 1, 0, 0, 1, 0]]);
    const { pipeline, costs } = trainPipeline(X!, Y, ruler, 0.1, 201);
    expectClose("costs", tf.tensor1d(costs), [Math.LN2, 0.5863599604511359, 0.5767921433064185], {
      rtol: 1e-4,
    });
    expectClose("classifier.W", pipeline.classifier.W, [[-0.3418616499, -0.4866072432]], {
      rtol: 1e-3,
    });
    expectClose("classifier.b", pipeline.classifier.b, [[0.7657158041]], { rtol: 1e-3 });
  });

  test.prop([fc.integer({ min: 3, max: 8 }), fc.integer({ min: 4, max: 30 }), fc.nat(1000)], {
    numRuns: 8,
  })("keeps the ruler as given and trains a classifier of its 2 measurements", (n, m, seed) => {
    const [W, b, X] = randnSequence(seed, [
      [2, n],
      [2, 1],
      [n, m],
    ]);
    const Y = X!.slice([0, 0], [1, m]).greater(0).cast("float32");
    const { pipeline, costs } = trainPipeline(X!, Y, { W: W!, b: b! }, 0.1, 101);
    expectClose("pipeline.ruler.W", pipeline.ruler.W, W!, { rtol: 0, atol: 0 });
    expectClose("pipeline.ruler.b", pipeline.ruler.b, b!, { rtol: 0, atol: 0 });
    expect(pipeline.classifier.W.shape).toEqual([1, 2]);
    expect(pipeline.classifier.b.shape).toEqual([1, 1]);
    expect(costs).toHaveLength(2);
  });

  it("leaks no tensors: only the classifier's W and b outlive the call (the ruler is the caller's)", () => {
    const [W, X] = randnSequence(4, [
      [2, 4],
      [4, 8],
    ]);
    const ruler = { W: W!, b: tf.tensor2d([[1], [0.5]]) };
    const Y = tf.tensor2d([[1, 0, 1, 1, 0, 0, 1, 0]]);
    const before = tf.memory().numTensors;
    trainPipeline(X!, Y, ruler, 0.1, 150);
    expect(tf.memory().numTensors - before).toBe(2);
  });
});
