import { modelSummary } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { modelf } from "./modelf.ts";

describe("modelf", () => {
  it("has the notebook's layers, small: Conv1D(8, 15, s4) … TimeDistributed(Dense(1, sigmoid))", () => {
    const model = modelf([101, 6], 8, 4);
    const rows = modelSummary(model);
    expect(rows.map((r) => r.className)).toEqual([
      "Conv1D",
      "BatchNormalization",
      "Activation",
      "Dropout",
      "GRU",
      "Dropout",
      "BatchNormalization",
      "GRU",
      "Dropout",
      "BatchNormalization",
      "Dropout",
      "TimeDistributed",
    ]);
    expect(rows[0]).toMatchObject({ outputShape: [null, 22, 8], config: { strides: [4] } });
    expect(rows[3]!.config.rate).toBe(0.8);
    expect(rows.filter((r) => r.className === "GRU").map((r) => r.config.returnSequences)).toEqual([
      true,
      true,
    ]);
    const y = model.predict(tf.randomUniform([2, 101, 6], 0, 1, "float32", 1)) as tf.Tensor;
    expect(y.shape).toEqual([2, 22, 1]);
    const v = y.dataSync();
    expect(v.every((p) => p > 0 && p < 1)).toBe(true);
    model.dispose();
  });

  it("at the notebook's size maps 5511 × 101 to Ty 1375 with 522,561 parameters", () => {
    const model = modelf();
    expect(model.outputs[0]!.shape).toEqual([null, 1375, 1]);
    expect(model.countParams()).toBe(522_561); // Keras: 523,329 (its GRUs have two biases)
    model.dispose();
  });
});
