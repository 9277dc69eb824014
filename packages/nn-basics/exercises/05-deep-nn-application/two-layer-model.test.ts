import { randnSequence } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { twoLayerModel } from "./two-layer-model.ts";

/** A small separable problem: the label is the sign of a fixed direction, examples as columns. */
function problem(seed: number, nX = 6, m = 24) {
  const [X] = randnSequence(seed, [[nX, m]]);
  const direction = tf.tensor2d([Array.from({ length: nX }, (_, i) => (i % 2 ? 1 : -1))]);
  return { X: X!, Y: tf.matMul(direction, X!).greater(0).cast("float32") };
}

describe("twoLayerModel", () => {
  const { X, Y } = problem(1);

  it("records the cost at iterations 0, 100, 200 and it falls", () => {
    const { parameters, costs } = twoLayerModel(X, Y, [6, 4, 1], 0.5, 250);
    expect(costs).toHaveLength(3);
    expect(costs[0]).toBeCloseTo(Math.LN2, 2); // tiny weights: every output starts near 1/2
    expect(costs[2]!).toBeLessThan(costs[0]!);
    expect(costs.every(Number.isFinite)).toBe(true);
    expect(parameters.W1!.shape).toEqual([4, 6]);
    expect(parameters.b1!.shape).toEqual([4, 1]);
    expect(parameters.W2!.shape).toEqual([1, 4]);
    expect(parameters.b2!.shape).toEqual([1, 1]);
  });

  it("is deterministic and leaks no tensors", () => {
    const first = twoLayerModel(X, Y, [6, 4, 1], 0.5, 101);
    const before = tf.memory().numTensors;
    const second = twoLayerModel(X, Y, [6, 4, 1], 0.5, 101);
    expect(tf.memory().numTensors - before).toBe(4);
    expect(second.costs).toEqual(first.costs);
  });

  it("learns a separable problem: training accuracy above 90 %", () => {
    const data = problem(5, 6, 40);
    const { parameters, costs } = twoLayerModel(data.X, data.Y, [6, 5, 1], 0.5, 400);
    expect(costs.every(Number.isFinite)).toBe(true);
    const A1 = tf.relu(tf.matMul(parameters.W1!, data.X).add(parameters.b1!));
    const predictions = tf
      .sigmoid(tf.matMul(parameters.W2!, A1).add(parameters.b2!))
      .greater(0.5)
      .cast("float32");
    expect(predictions.equal(data.Y).cast("float32").mean().dataSync()[0]).toBeGreaterThan(0.9);
  });
});
