import { modelSummary } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { happyModel } from "./happy-model.ts";

describe("happyModel", () => {
  it("matches the notebook's summary: 37,633 parameters, seven layers, (None, 1) sigmoid out", () => {
    const model = happyModel();
    expect(model.countParams()).toBe(37_633);
    const rows = modelSummary(model);
    expect(rows.map((r) => r.className)).toEqual([
      "ZeroPadding2D",
      "Conv2D",
      "BatchNormalization",
      "Activation",
      "MaxPooling2D",
      "Flatten",
      "Dense",
    ]);
    expect(rows[1]).toMatchObject({
      outputShape: [null, 64, 64, 32],
      config: { filters: 32, kernelSize: [7, 7] },
    });
    expect(rows[2]!.config).toMatchObject({ axis: 3 });
    expect(rows[5]!.outputShape).toEqual([null, 32768]);
    expect(rows.at(-1)).toMatchObject({
      outputShape: [null, 1],
      config: { activation: "sigmoid" },
    });
    model.dispose();
  });

  it("takes a smaller picture size and gives one probability per picture", () => {
    const model = happyModel([16, 16, 3]);
    const y = model.predict(tf.randomUniform([3, 16, 16, 3], 0, 1, "float32", 1)) as tf.Tensor;
    expect(y.shape).toEqual([3, 1]);
    const values = Array.from(y.dataSync());
    expect(values.every((v) => v > 0 && v < 1)).toBe(true);
    model.dispose();
  });
});
