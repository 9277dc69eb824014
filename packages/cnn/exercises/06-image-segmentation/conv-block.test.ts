import { modelSummary } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { convBlockModel } from "../../src/segmentation.harness.ts";
import { convBlock } from "./conv-block.ts";

describe("convBlock", () => {
  // (convBlockModel passes the skip connection through a linear Activation: the last row)
  it("matches the notebook's summary of conv_block((96, 128, 3), 32) and of the dropout, no-pooling block", () => {
    const rows = modelSummary(convBlockModel(convBlock, [96, 128, 3], 32));
    expect(rows.map((r) => [r.className, r.outputShape, r.params])).toEqual([
      ["Conv2D", [null, 96, 128, 32], 896],
      ["Conv2D", [null, 96, 128, 32], 9248],
      ["MaxPooling2D", [null, 48, 64, 32], 0],
      ["Activation", [null, 96, 128, 32], 0],
    ]);
    expect(rows[0]!.config).toMatchObject({
      kernelSize: [3, 3],
      padding: "same",
      activation: "relu",
    });
    const deep = modelSummary(convBlockModel(convBlock, [96, 128, 3], 1024, 0.1, false));
    expect(deep.map((r) => [r.className, r.outputShape])).toEqual([
      ["Conv2D", [null, 96, 128, 1024]],
      ["Conv2D", [null, 96, 128, 1024]],
      ["Dropout", [null, 96, 128, 1024]],
      ["Activation", [null, 96, 128, 1024]],
    ]);
    expect(deep[2]!.config.rate).toBe(0.1);
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 8 }),
    fc.boolean(),
  ])(
    "halves even sizes when pooling, keeps the skip connection at full size with nFilters channels",
    (h, w, n, pool) => {
      const model = convBlockModel(convBlock, [2 * h, 2 * w, 3], n, 0, pool);
      const [next, skip] = model.outputs.map((o) => o.shape);
      expect(skip).toEqual([null, 2 * h, 2 * w, n]);
      expect(next).toEqual(pool ? [null, h, w, n] : [null, 2 * h, 2 * w, n]);
    },
  );
});
