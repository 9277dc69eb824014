import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { model } from "./model.ts";

/** Two Gaussian blobs centred at ±1.5 in every feature, labels 0/1, examples as columns. */
function blobs(seed: number, m: number, n = 4) {
  const rng = new RandomState(seed);
  const labels = Array.from({ length: m }, () => rng.randint(0, 2));
  const noise = rng.randn(n, m);
  const X = tf.tensor(
    Float32Array.from(noise, (v, i) => v + (labels[i % m]! ? 1.5 : -1.5)),
    [n, m],
  );
  return { X, Y: tf.tensor(Float32Array.from(labels), [1, m]) };
}

describe("model", () => {
  it("matches the notebook's public test: np.random.seed(0), 7 training and 3 test examples", () => {
    const [X, XTest] = randnSequence(0, [
      [4, 7],
      [4, 3],
    ]) as [tf.Tensor, tf.Tensor];
    const Y = tf.tensor2d([[1, 0, 0, 1, 0, 0, 1]]);
    const YTest = tf.tensor2d([[0, 1, 0]]);
    const d = model(X, Y, XTest, YTest, 50, 0.01);
    expect(Array.isArray(d.costs)).toBe(true);
    expectClose("model: costs", tf.tensor1d(d.costs), [Math.LN2]);
    expectClose("model: w", d.w, [[0.08639757], [-0.08231268], [-0.11798927], [0.12866053]]);
    expectClose("model: b", d.b, -0.03983236094816321);
    expectClose("model: YPredictionTest", d.YPredictionTest, [[1, 1, 0]]);
    expectClose("model: YPredictionTrain", d.YPredictionTrain, [[1, 1, 0, 1, 0, 0, 1]]);
    expect(d.learningRate).toBe(0.01);
    expect(d.numIterations).toBe(50);
  });

  it("returns the notebook's keys and shapes, and learns separable blobs", () => {
    const train = blobs(1, 60);
    const test = blobs(2, 20);
    const d = model(train.X, train.Y, test.X, test.Y, 300, 0.1);
    expect(Object.keys(d).sort()).toEqual([
      "YPredictionTest",
      "YPredictionTrain",
      "b",
      "costs",
      "learningRate",
      "numIterations",
      "w",
    ]);
    expect(d.w.shape).toEqual([4, 1]);
    expect(typeof d.b).toBe("number");
    expect(d.YPredictionTrain.shape).toEqual([1, 60]);
    expect(d.YPredictionTest.shape).toEqual([1, 20]);
    expect(d.costs).toHaveLength(3);
    expect(d.costs[2]!).toBeLessThan(d.costs[0]!);
    const accuracy = 1 - d.YPredictionTest.sub(test.Y).abs().mean().dataSync()[0]!;
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("leaks no tensors: only w and the two prediction rows outlive the call", () => {
    const train = blobs(3, 20);
    const test = blobs(4, 10);
    const before = tf.memory().numTensors;
    model(train.X, train.Y, test.X, test.Y, 150, 0.1);
    expect(tf.memory().numTensors - before).toBe(3);
  });
});
