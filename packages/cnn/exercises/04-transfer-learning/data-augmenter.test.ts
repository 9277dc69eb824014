import { expectSummary, modelSummary } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { dataAugmenter } from "./data-augmenter.ts";

describe("dataAugmenter", () => {
  it("is a RandomFlip then a RandomRotation, pictures in and out of the same shape", () => {
    expectSummary("dataAugmenter()", modelSummary(dataAugmenter()), [
      {
        className: "RandomFlip",
        outputShape: [null, 160, 160, 3],
        params: 0,
        trainable: true,
        config: {},
      },
      {
        className: "RandomRotation",
        outputShape: [null, 160, 160, 3],
        params: 0,
        trainable: true,
        config: {},
      },
    ]);
  });

  it("leaves pictures unchanged when predicting and changes them when training", () => {
    const images = tf.randomUniform([4, 12, 12, 3], 0, 255, "float32", 3);
    const augmenter = dataAugmenter([12, 12, 3]);
    const predicted = augmenter.apply(images, { training: false }) as tf.Tensor;
    const trained = augmenter.apply(images, { training: true }) as tf.Tensor;
    expect(predicted.sub(images).abs().max().dataSync()[0]).toBe(0);
    expect(trained.shape).toEqual([4, 12, 12, 3]);
    expect(trained.sub(images).abs().max().dataSync()[0]).toBeGreaterThan(1);
    tf.dispose([images, predicted, trained]);
  });

  it("augments a batch the same way in two fresh augmenters (the layers are seeded)", () => {
    const images = tf.randomUniform([3, 8, 8, 3], 0, 255, "float32", 4);
    const a = dataAugmenter([8, 8, 3]).apply(images, { training: true }) as tf.Tensor;
    const b = dataAugmenter([8, 8, 3]).apply(images, { training: true }) as tf.Tensor;
    expect(a.sub(b).abs().max().dataSync()[0]).toBe(0);
    tf.dispose([images, a, b]);
  });
});
