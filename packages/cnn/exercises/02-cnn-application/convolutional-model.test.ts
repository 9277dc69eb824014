import { modelSummary } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { convolutionalModel } from "./convolutional-model.ts";

describe("convolutionalModel", () => {
  it("matches the notebook's summary at 64×64: 1,310 parameters, (None, 6) softmax out", () => {
    const model = convolutionalModel([64, 64, 3]);
    expect(model.countParams()).toBe(1_310);
    const rows = modelSummary(model);
    expect(rows.map((r) => [r.className, r.outputShape])).toEqual([
      ["Conv2D", [null, 64, 64, 8]],
      ["Activation", [null, 64, 64, 8]],
      ["MaxPooling2D", [null, 8, 8, 8]],
      ["Conv2D", [null, 8, 8, 16]],
      ["Activation", [null, 8, 8, 16]],
      ["MaxPooling2D", [null, 2, 2, 16]],
      ["Flatten", [null, 64]],
      ["Dense", [null, 6]],
    ]);
    expect(rows[0]!.config).toMatchObject({ kernelSize: [4, 4], padding: "same" });
    expect(rows[2]!.config).toMatchObject({ poolSize: [8, 8], strides: [8, 8], padding: "same" });
    expect(rows.at(-1)!.config).toMatchObject({ units: 6, activation: "softmax" });
    model.dispose();
  });

  it("gives six probabilities that sum to 1 per picture, at another size", () => {
    const model = convolutionalModel([32, 32, 3]);
    const y = model.predict(tf.randomUniform([2, 32, 32, 3], 0, 1, "float32", 2)) as tf.Tensor;
    expect(y.shape).toEqual([2, 6]);
    expect(Array.from(y.sum(1).dataSync()).every((v) => Math.abs(v - 1) < 1e-5)).toBe(true);
    model.dispose();
  });
});
