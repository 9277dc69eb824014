import { randnSequence } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { lLayerModel } from "./l-layer-model.ts";

function problem(seed: number, nX = 6, m = 32) {
  const [X] = randnSequence(seed, [[nX, m]]);
  const direction = tf.tensor2d([Array.from({ length: nX }, (_, i) => (i % 3 ? 1 : -1))]);
  return { X: X!, Y: tf.matMul(direction, X!).greater(0).cast("float32") };
}

describe("lLayerModel", () => {
  const { X, Y } = problem(2);

  it("records the cost every 100 iterations and it falls", () => {
    const { parameters, costs } = lLayerModel(X, Y, [6, 5, 3, 1], 0.1, 201);
    expect(costs).toHaveLength(3);
    expect(costs.every(Number.isFinite)).toBe(true);
    expect(costs[2]!).toBeLessThan(costs[0]!);
    expect(Object.keys(parameters).sort()).toEqual(["W1", "W2", "W3", "b1", "b2", "b3"]);
    expect(parameters.W2!.shape).toEqual([3, 5]);
  });

  it("starts from the 1/√n initialization (seed 1): a first cost of ordinary size", () => {
    const { costs } = lLayerModel(X, Y, [6, 5, 3, 1], 0.1, 1);
    expect(costs).toHaveLength(1);
    expect(costs[0]!).toBeGreaterThan(0.3);
    expect(costs[0]!).toBeLessThan(1.5);
  });

  it("is deterministic and leaks no tensors", () => {
    const first = lLayerModel(X, Y, [6, 4, 1], 0.1, 101);
    const before = tf.memory().numTensors;
    const second = lLayerModel(X, Y, [6, 4, 1], 0.1, 101);
    expect(tf.memory().numTensors - before).toBe(4);
    expect(second.costs).toEqual(first.costs);
  });
});
