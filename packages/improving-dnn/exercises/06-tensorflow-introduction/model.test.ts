import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSignsDataset, type SignsDataset } from "../../src/signs-data.ts";
import type { ModelResult } from "../../src/tfjs-types.ts";
import { model } from "./model.ts";

// 6×6 pictures (108 inputs), 48 to train on, 24 to test, 11 epochs: small enough for a test
let data: SignsDataset;
let result: ModelResult;
let tensorsBefore: number;
const train = (epochs: number) =>
  model(data.XTrain, data.YTrain, data.XTest, data.YTest, 0.01, epochs, 16, false, 3);

beforeAll(() => {
  data = loadSignsDataset({ size: 6, mTrain: 48, mTest: 24, seed: 5 });
  tensorsBefore = tf.memory().numTensors;
  result = train(11);
});
afterAll(() => tf.dispose([data.XTrain, data.YTrain, data.XTest, data.YTest]));

describe("model", () => {
  it("returns six trained tf.Variables sized for the input: W1 (25, 108) … b3 (6, 1)", () => {
    const { parameters } = result;
    const expected = {
      W1: [25, 108],
      b1: [25, 1],
      W2: [12, 25],
      b2: [12, 1],
      W3: [6, 12],
      b3: [6, 1],
    };
    expect(Object.keys(parameters).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, shape] of Object.entries(expected)) {
      expect(parameters[name], name).toBeInstanceOf(tf.Variable);
      expect(parameters[name]!.shape, name).toEqual(shape);
    }
  });

  it("records the cost and both accuracies at epochs 0 and 10, and the cost falls", () => {
    const { costs, trainAcc, testAcc } = result;
    expect(costs).toHaveLength(2);
    expect(trainAcc).toHaveLength(2);
    expect(testAcc).toHaveLength(2);
    // a cost per example: near ln 6 = 1.79 at the start, for six classes
    expect(costs[0]).toBeGreaterThan(1.5);
    expect(costs[0]).toBeLessThan(2.2);
    expect(costs[1]).toBeLessThan(costs[0]! * 0.97);
    for (const a of [...trainAcc, ...testAcc]) {
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThanOrEqual(1);
    }
  });

  it("keeps no tensor but the six variables it returns (no leak, the optimizer disposed)", () => {
    expect(tf.memory().numTensors).toBe(tensorsBefore + 6);
  });

  it("gives the same first epoch again for the same seed (shuffling and initialization are seeded)", () => {
    const again = train(1);
    expect(again.costs).toEqual([result.costs[0]]);
    tf.dispose([...Object.values(again.parameters), ...Object.values(result.parameters)]);
  });
});
