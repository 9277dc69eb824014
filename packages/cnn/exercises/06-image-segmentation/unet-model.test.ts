import { modelSummary } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { trainAndSegment } from "../../src/segmentation.harness.ts";
import { streetScenes } from "../../src/street-scenes.ts";
import { unetModel } from "./unet-model.ts";

describe("unetModel", () => {
  it("matches the notebook's summary: 8,640,471 parameters, (None, 96, 128, 23) logits", () => {
    const model = unetModel();
    expect(model.countParams()).toBe(8_640_471);
    const rows = modelSummary(model);
    expect(rows.filter((r) => r.className === "Conv2DTranspose")).toHaveLength(4);
    expect(rows.filter((r) => r.className === "Concatenate")).toHaveLength(4);
    expect(rows.at(-1)).toMatchObject({
      className: "Conv2D",
      outputShape: [null, 96, 128, 23],
      config: { kernelSize: [1, 1] },
    });
    model.dispose();
  });

  it("learns to segment street scenes it did not see far better than the majority class", async () => {
    const train = streetScenes(48, 16, 32, 1);
    const test = streetScenes(16, 16, 32, 2);
    const predicted = await trainAndSegment(
      unetModel,
      train.images,
      train.masks,
      test.images,
      4,
      5,
      15,
    );
    const accuracy = predicted
      .equal(test.masks.squeeze([3]))
      .cast("float32")
      .mean()
      .arraySync() as number;
    expect(accuracy).toBeGreaterThan(0.6); // the road alone covers about 42 % of the pixels
    tf.dispose([train.images, train.masks, test.images, test.masks, predicted]);
  }, 60_000);
});
