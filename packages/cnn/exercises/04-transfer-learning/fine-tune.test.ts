import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { BASE_NAME } from "../../src/tiny-mobilenet.ts";
import { alpacaModel } from "./alpaca-model.ts";
import { dataAugmenter } from "./data-augmenter.ts";
import { fineTune } from "./fine-tune.ts";

describe("fineTune", () => {
  const build = () => alpacaModel([16, 16, 3], dataAugmenter([16, 16, 3]));

  it("freezes the base's layers before fineTuneAt and unfreezes the rest", () => {
    const model = build();
    fineTune(model, 12, 0.001);
    const base = model.getLayer(BASE_NAME) as tf.LayersModel;
    const training = new Set(model.trainableWeights.map((w) => w.id));
    const trains = base.layers.map((l) => l.weights.some((w) => training.has(w.id)));
    expect(trains.slice(0, 12).some(Boolean)).toBe(false);
    expect(trains[12]).toBe(true);
    expect(trains[19]).toBe(true);
    expect(model.trainableWeights).toHaveLength(16); // 7 base layers and the Dense, kernel and bias each
  });

  it("recompiles with Adam at a tenth of the base learning rate and a loss on logits", () => {
    const model = build();
    fineTune(model, 12, 0.001);
    expect((model.optimizer as unknown as { learningRate: number }).learningRate).toBeCloseTo(
      0.0001,
      10,
    );
    const labels = tf.tensor2d([[1], [0]]);
    const logits = tf.tensor2d([[2], [-1]]);
    const loss = (model.loss as (y: tf.Tensor, z: tf.Tensor) => tf.Scalar)(labels, logits);
    // mean of log(1 + e^−2) and log(1 + e^−1)
    expect(loss.dataSync()[0]).toBeCloseTo(
      (Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-1))) / 2,
      5,
    );
  });
});
