import type * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { applyFineTune, baseOf, classifierOn } from "../../src/fine-tuning.ts";
import { loadTinyMobileNet } from "../../src/pretrained.ts";
import { fineTune } from "./fine-tune.ts";

describe("fineTune", () => {
  const build = () => classifierOn(loadTinyMobileNet([16, 16, 3]));

  it("answers one flag per base layer: frozen before fineTuneAt, trainable from it on", () => {
    const model = build();
    const { trainable } = fineTune(model, 12, 0.001);
    expect(trainable).toHaveLength(baseOf(model).layers.length);
    expect(trainable.slice(0, 12).some(Boolean)).toBe(false);
    expect(trainable.slice(12).every(Boolean)).toBe(true);
  });

  it("once applied, trains the base's layers 12 to 19 and the head at a tenth of the learning rate", () => {
    const model = build();
    applyFineTune(model, fineTune(model, 12, 0.001));
    // 7 base layers with weights and the Dense, a kernel and a bias each
    expect(model.trainableWeights).toHaveLength(16);
    expect((model.optimizer as unknown as { learningRate: number }).learningRate).toBeCloseTo(
      0.0001,
      10,
    );
  });

  it("compiles a loss on logits: binary cross-entropy of sigmoid(z)", async () => {
    const tfjs = await import("@tensorflow/tfjs");
    const { loss } = fineTune(build(), 12, 0.001);
    expect(typeof loss).toBe("function");
    const value = (loss as (y: tf.Tensor, z: tf.Tensor) => tf.Scalar)(
      tfjs.tensor2d([[1], [0]]),
      tfjs.tensor2d([[2], [-1]]),
    );
    // mean of log(1 + e^−2) and log(1 + e^−1)
    expect(value.dataSync()[0]).toBeCloseTo(
      (Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-1))) / 2,
      5,
    );
  });
});
