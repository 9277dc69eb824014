import { expectClose, tensorData, toTensor } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { predictPipeline } from "./predict-pipeline.ts";

const pipeline = {
  ruler: {
    W: tf.tensor2d([
      [0.5, -1, 0],
      [0.2, 0.3, -0.4],
    ]),
    b: tf.tensor2d([[1], [-0.5]]),
  },
  classifier: { W: tf.tensor2d([[1.5, -2]]), b: tf.tensor2d([[-2.5]]) },
};

describe("predictPipeline", () => {
  it("measures, then classifies: lengths [[1, 0, 0.5, 3], [−0.15, −1, −1.1, −0.6]], logits −0.7, −0.5, 0.45, 3.2", () => {
    const X = tf.tensor2d([
      [1, 0, -1, 2],
      [0.5, 1, 0, -1],
      [0, 2, 1, 0.5],
    ]);
    expectClose("predictPipeline(pipeline, X)", predictPipeline(pipeline, X), [[0, 0, 1, 1]]);
  });

  test.prop([
    fc.integer({ min: 1, max: 10 }).chain((m) => tensorData([3, m], { min: -3, max: 3 })),
  ])("returns 0/1 floats of shape [1, m]", (x) => {
    const X = toTensor(x);
    const predictions = predictPipeline(pipeline, X);
    expect(predictions.shape).toEqual([1, X.shape[1]]);
    expect(predictions.dtype).toBe("float32");
    for (const v of predictions.dataSync()) expect([0, 1]).toContain(v);
  });
});
