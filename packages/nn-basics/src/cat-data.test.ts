import { accuracy, expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { flattenImages, loadDataset } from "./cat-data.ts";
import { initializeParametersDeepScaled } from "./deep-init.ts";

describe("loadDataset", () => {
  const data = loadDataset();

  it("has the notebook's shapes: 209 training and 50 test images of 64×64×3", () => {
    expect(data.trainX.shape).toEqual([209, 64, 64, 3]);
    expect(data.trainY.shape).toEqual([1, 209]);
    expect(data.testX.shape).toEqual([50, 64, 64, 3]);
    expect(data.testY.shape).toEqual([1, 50]);
    expect(data.trainX.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    expect(data.trainX.max().dataSync()[0]).toBeLessThanOrEqual(255);
  });

  it("holds both classes, about a third cats", () => {
    const cats = data.trainY.mean().dataSync()[0]!;
    expect(cats).toBeGreaterThan(0.2);
    expect(cats).toBeLessThan(0.5);
    expect(data.testY.sum().dataSync()[0]).toBeGreaterThan(5);
  });

  it("is the same for the same seed, different for another", () => {
    expectClose("seed 1 twice", loadDataset(1).testX.slice([0], [2]), data.testX.slice([0], [2]), {
      atol: 0,
      rtol: 0,
    });
    expect(loadDataset(2).testY.sub(data.testY).abs().sum().dataSync()[0]).toBeGreaterThan(0);
  });

  it("flattens to [12288, m] in [0, 1]", () => {
    const X = flattenImages(data.testX);
    expect(X.shape).toEqual([12288, 50]);
    expect(X.max().dataSync()[0]).toBeLessThanOrEqual(1);
  });
});

describe("initializeParametersDeepScaled and accuracy", () => {
  it("scales each layer by 1/√n_prev", () => {
    const p = initializeParametersDeepScaled([400, 20, 1]);
    const std = tf.moments(p.W1!).variance.sqrt().dataSync()[0]!;
    expect(std).toBeGreaterThan(0.04);
    expect(std).toBeLessThan(0.06);
  });

  it("counts matching labels", () => {
    expect(accuracy(tf.tensor2d([[1, 0, 1, 1]]), tf.tensor2d([[1, 1, 1, 0]]))).toBe(0.5);
  });
});
