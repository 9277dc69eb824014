import { modelSummary } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { upsamplingBlockModel } from "../../src/segmentation.harness.ts";
import { upsamplingBlock } from "./upsampling-block.ts";

describe("upsamplingBlock", () => {
  it("matches the notebook's summary: (12, 16, 256) joined with (24, 32, 128), 32 filters", () => {
    const rows = modelSummary(
      upsamplingBlockModel(upsamplingBlock, [12, 16, 256], [24, 32, 128], 32),
    );
    expect(rows.map((r) => [r.className, r.outputShape, r.params])).toEqual([
      ["Conv2DTranspose", [null, 24, 32, 32], 73760],
      ["Concatenate", [null, 24, 32, 160], 0],
      ["Conv2D", [null, 24, 32, 32], 46112],
      ["Conv2D", [null, 24, 32, 32], 9248],
    ]);
    expect(rows[0]!.config).toMatchObject({ kernelSize: [3, 3], strides: [2, 2], padding: "same" });
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 6 }),
  ])("doubles the expansive input's size and ends with nFilters channels", (h, w, c, n) => {
    const model = upsamplingBlockModel(upsamplingBlock, [h, w, c], [2 * h, 2 * w, c + 1], n);
    expect(model.outputs[0]!.shape).toEqual([null, 2 * h, 2 * w, n]);
  });
});
