import { modelSummary } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { alpacas } from "../../src/alpacas.ts";
import { loadTinyMobileNet, pretrainedWeights } from "../../src/pretrained.ts";
import { trainHead } from "../../src/transfer.harness.ts";
import { alpacaModel } from "./alpaca-model.ts";
import { dataAugmenter } from "./data-augmenter.ts";

describe("alpacaModel", () => {
  it("stacks augmentation, preprocessing, the frozen base and a one-logit head", () => {
    const rows = modelSummary(alpacaModel([160, 160, 3], dataAugmenter(), loadTinyMobileNet()));
    expect(rows.map((r) => r.className)).toEqual([
      "Sequential",
      "Rescaling",
      "Model",
      "GlobalAveragePooling2D",
      "Dropout",
      "Dense",
    ]);
    expect(rows[2]).toMatchObject({
      outputShape: [null, 20, 20, 64],
      params: 28_064,
      trainable: false,
    });
    expect(rows[4]!.config).toEqual({ rate: 0.2 });
    expect(rows[5]).toMatchObject({
      outputShape: [null, 1],
      params: 65,
      config: { activation: "linear", units: 1 },
    });
  });

  it("answers one logit per picture and is deterministic when predicting", () => {
    const model = alpacaModel(
      [32, 32, 3],
      dataAugmenter([32, 32, 3]),
      loadTinyMobileNet([32, 32, 3]),
    );
    const { images, labels } = alpacas(4, 32, 5);
    const a = model.predict(images) as tf.Tensor;
    const b = model.predict(images) as tf.Tensor;
    expect(a.shape).toEqual([4, 1]);
    expect(a.sub(b).abs().max().dataSync()[0]).toBe(0);
    tf.dispose([images, labels, a, b]);
  });

  it("with a head trained over the frozen base, tells alpacas in unseen pictures", async () => {
    const train = alpacas(128, 32, 1);
    const test = alpacas(64, 32, 2);
    const { logits } = await trainHead(
      alpacaModel,
      pretrainedWeights(),
      train.images,
      train.labels,
      test.images,
      6,
      0.01,
    );
    const accuracy = logits.greater(0).cast("float32").equal(test.labels).mean().dataSync()[0]!;
    expect(accuracy).toBeGreaterThan(0.75);
  }, 60_000);
});
