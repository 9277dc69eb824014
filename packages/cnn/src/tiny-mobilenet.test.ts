import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import {
  loadTinyMobileNet,
  sourceTopWeights,
  tinyMobileNetManifest,
  WEIGHTS_URL,
} from "./pretrained.ts";
import { shapeTextures } from "./shape-textures.ts";
import { withTop } from "./tiny-mobilenet.ts";

describe("TinyMobileNet (the shipped pretrained base)", () => {
  it("ships weights whose sha256 and shapes match the manifest, under 250 KB", () => {
    const manifest = tinyMobileNetManifest();
    const bytes = readFileSync(WEIGHTS_URL);
    expect(bytes.length).toBeLessThan(250_000);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(manifest.sha256);
    const shapes = loadTinyMobileNet([32, 32, 3])
      .getWeights()
      .map((w) => w.shape);
    expect(shapes).toEqual(manifest.shapes);
  });

  it("classifies held-out source-task pictures as well as the manifest says", () => {
    const manifest = tinyMobileNetManifest();
    const size = manifest.sourceImageSize;
    const base = loadTinyMobileNet([size, size, 3]);
    // the top (GlobalAveragePooling2D → Dense(10)) ships after the base's weights
    const model = withTop(base, 10);
    expect(manifest.topShapes).toEqual([[64, 10], [10]]);
    model.layers.at(-1)!.setWeights(sourceTopWeights());
    const test = shapeTextures(500, size, manifest.seed + 1);
    const predicted = tf.tidy(() =>
      (model.predict(test.images.div(127.5).sub(1)) as tf.Tensor).argMax(1),
    );
    const accuracy = predicted.equal(test.labels).cast("float32").mean().dataSync()[0]!;
    expect(accuracy).toBeCloseTo(manifest.sourceAccuracy, 2);
    expect(accuracy).toBeGreaterThan(0.8);
  }, 30_000);
});
