import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { SIGN_CLASSES, signImages, signsImages } from "./signs.ts";

describe("signsImages", () => {
  it("gives images [m, size, size, 3] in [0, 1] and int32 labels [m]", () => {
    const { train, test, size } = signsImages({ size: 8, mTrain: 12, mTest: 6, seed: 3 });
    expect(size).toBe(8);
    expect(train.images.shape).toEqual([12, 8, 8, 3]);
    expect(test.images.shape).toEqual([6, 8, 8, 3]);
    expect(train.labels.dtype).toBe("int32");
    expect(train.images.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    expect(train.images.max().dataSync()[0]).toBeLessThanOrEqual(1);
    // the pixels are the bytes of signImages / 255, in the same order
    const { train: bytes } = signImages({ size: 8, mTrain: 12, mTest: 6, seed: 3 });
    expect(Array.from(train.labels.dataSync())).toEqual(bytes.labels);
    expect(train.images.dataSync()[5 * 192 + 77]).toBeCloseTo(bytes.pixels[5 * 192 + 77]! / 255, 6);
  });

  it("draws the same pixels for the same seed and other pixels for another", () => {
    const a = signsImages({ size: 6, mTrain: 12, mTest: 6, seed: 2 });
    const b = signsImages({ size: 6, mTrain: 12, mTest: 6, seed: 2 });
    const c = signsImages({ size: 6, mTrain: 12, mTest: 6, seed: 7 });
    expect(Array.from(b.train.images.dataSync())).toEqual(Array.from(a.train.images.dataSync()));
    expect(Array.from(b.test.images.dataSync())).toEqual(Array.from(a.test.images.dataSync()));
    expect(c.train.images.sub(a.train.images).abs().mean().dataSync()[0]).toBeGreaterThan(0.05);
  });

  it("balances the classes: m / 6 pictures of each", () => {
    const { train, test } = signsImages({ size: 4, mTrain: 60, mTest: 12 });
    const counts = (labels: tf.Tensor1D) =>
      Array.from(tf.oneHot(labels, SIGN_CLASSES).sum(0).dataSync());
    expect(counts(train.labels)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(counts(test.labels)).toEqual([2, 2, 2, 2, 2, 2]);
  });
});
