import { modelSummary } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { resNet50 } from "./res-net50.ts";

describe("resNet50", () => {
  it("matches the notebook's summary: 23,600,006 parameters, (None, 6) softmax out", () => {
    const model = resNet50();
    expect(model.countParams()).toBe(23_600_006);
    const rows = modelSummary(model);
    expect(rows).toHaveLength(176); // 177 layers with the input
    expect(rows[0]!.className).toBe("ZeroPadding2D");
    expect(rows.at(-1)).toMatchObject({
      className: "Dense",
      outputShape: [null, 6],
      config: { units: 6, activation: "softmax" },
    });
    expect(rows.filter((r) => r.className === "Add")).toHaveLength(16);
    model.dispose();
  });

  it("builds the same architecture small (width 4) and classifies a batch", () => {
    const model = resNet50([64, 64, 3], 4, 4);
    const y = model.predict(tf.randomUniform([2, 64, 64, 3], 0, 1, "float32", 1)) as tf.Tensor;
    expect(y.shape).toEqual([2, 4]);
    expect(Array.from(y.sum(1).dataSync()).every((v) => Math.abs(v - 1) < 1e-4)).toBe(true);
    model.dispose();
  });
});
