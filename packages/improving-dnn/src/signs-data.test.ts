import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { loadSignsDataset, signImages } from "./signs-data.ts";

describe("loadSignsDataset", () => {
  it("has the notebook's shapes: 64×64×3 = 12288 features, six one-hot classes", () => {
    const d = loadSignsDataset({ mTrain: 12, mTest: 6 });
    expect(d.XTrain.shape).toEqual([12288, 12]);
    expect(d.YTrain.shape).toEqual([6, 12]);
    expect(d.XTest.shape).toEqual([12288, 6]);
    expect(d.YTest.shape).toEqual([6, 6]);
    expect(d.size).toBe(64);
  });

  it("has 1080 training and 120 test pictures by default, 180 and 20 of each class", () => {
    const d = loadSignsDataset({ size: 4 });
    expect(d.XTrain.shape).toEqual([48, 1080]);
    expect(d.XTest.shape).toEqual([48, 120]);
    expect(Array.from(d.YTrain.sum(1).dataSync())).toEqual([180, 180, 180, 180, 180, 180]);
    expect(Array.from(d.YTest.sum(1).dataSync())).toEqual([20, 20, 20, 20, 20, 20]);
    // one 1 per column, at the picture's label
    expect(Array.from(d.YTrain.sum(0).dataSync()).every((s) => s === 1)).toBe(true);
    expect(Array.from(tf.argMax(d.YTrain, 0).dataSync())).toEqual(d.labelsTrain);
    expect(Array.from(tf.argMax(d.YTest, 0).dataSync())).toEqual(d.labelsTest);
  });

  it("scales the pixels to [0, 1] in columns flattened row by row, channel last", () => {
    const d = loadSignsDataset({ size: 8, mTrain: 30, mTest: 6, seed: 4 });
    const { train } = signImages({ size: 8, mTrain: 30, mTest: 6, seed: 4 });
    expect(d.XTrain.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    expect(d.XTrain.max().dataSync()[0]).toBeLessThanOrEqual(1);
    // picture 7, pixel (y = 2, x = 5), channel 1 is row (2·8 + 5)·3 + 1 of column 7
    const row = (2 * 8 + 5) * 3 + 1;
    expectClose(
      "XTrain[row, 7]",
      d.XTrain.slice([row, 7], [1, 1]).reshape([]),
      tf.scalar(train.pixels[7 * 192 + row]! / 255),
    );
  });

  it("draws the same pictures for the same seed, others for another seed", () => {
    const a = loadSignsDataset({ size: 8, mTrain: 20, mTest: 5, seed: 2 });
    const b = loadSignsDataset({ size: 8, mTrain: 20, mTest: 5, seed: 2 });
    const c = loadSignsDataset({ size: 8, mTrain: 20, mTest: 5, seed: 3 });
    expectClose("same seed", b.XTrain, a.XTrain, { atol: 0, rtol: 0 });
    expectClose("same seed, test set", b.XTest, a.XTest, { atol: 0, rtol: 0 });
    expect(c.XTrain.sub(a.XTrain).abs().mean().dataSync()[0]).toBeGreaterThan(0.05);
  });

  it("draws the same hands at any size: the labels do not depend on the resolution", () => {
    const small = loadSignsDataset({ size: 6, mTrain: 30, mTest: 12, seed: 9 });
    const large = loadSignsDataset({ size: 20, mTrain: 30, mTest: 12, seed: 9 });
    expect(large.labelsTrain).toEqual(small.labelsTrain);
    expect(large.labelsTest).toEqual(small.labelsTest);
    // a picture's mean colour hardly changes with the resolution
    expectClose("mean colour at 6 vs 20 pixels", small.XTrain.mean(0), large.XTrain.mean(0), {
      atol: 0.06,
      rtol: 0,
    });
  });

  it("shows the class: the nearest class mean already beats chance (1/6) clearly", () => {
    const d = loadSignsDataset({ size: 12, mTrain: 600, mTest: 120, seed: 1 });
    const accuracy = tf.tidy(() => {
      const means = tf.matMul(d.XTrain, d.YTrain, false, true).div(d.YTrain.sum(1)); // [n, 6]
      const distances = tf.sub(
        tf.sum(tf.square(means), 0, true),
        tf.matMul(d.XTest, means, true, false).mul(2),
      ); // ‖x − μ‖² minus ‖x‖², [m, 6]
      return tf
        .argMin(distances, 1)
        .equal(tf.argMax(d.YTest, 0))
        .cast("float32")
        .mean()
        .dataSync()[0]!;
    });
    expect(accuracy).toBeGreaterThan(0.25);
  });
});
