import { expectClose, modelSummary } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { blockModel } from "../../src/resnet.harness.ts";
import { identityBlock } from "./identity-block.ts";

/** The notebook's test input: three images of 4×4×3, filled with −1, 1 and 3. */
const X = () =>
  tf.concat([
    tf.fill([1, 4, 4, 3], -1),
    tf.fill([1, 4, 4, 3], 1),
    tf.fill([1, 4, 4, 3], 3),
  ]) as tf.Tensor4D;
const ones = () => tf.initializers.constant({ value: 1 });
/** The notebook prints A[:, (0, −1), :, :].mean(axis=3): first and last rows, channels averaged. */
const firstAndLastRows = (A: tf.Tensor) => tf.gather(A, [0, 3], 1).mean(3);

describe("identityBlock", () => {
  it("matches the notebook with kernels of ones, training = false", () => {
    const A = identityBlock(X(), 2, [4, 4, 3], false, ones) as tf.Tensor;
    expect(A.shape).toEqual([3, 4, 4, 3]);
    expectClose("A[:, (0, −1)].mean(axis 3)", firstAndLastRows(A), [
      [
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
      [
        [192.71236, 192.71236, 192.71236, 96.85618],
        [96.85618, 96.85618, 96.85618, 48.9281],
      ],
      [
        [578.1372, 578.1372, 578.1372, 290.56857],
        [290.56857, 290.56857, 290.56857, 146.78429],
      ],
    ]);
  });

  it("matches the notebook with kernels of ones, training = true (the batch's statistics)", () => {
    const A = identityBlock(X(), 2, [3, 3, 3], true, ones) as tf.Tensor;
    expectClose(
      "A[:, (0, −1)].mean(axis 3)",
      firstAndLastRows(A),
      [
        [
          [0, 0, 0, 0],
          [0, 0, 0, 0],
        ],
        [
          [0.40739, 0.40739, 0.40739, 0.40739],
          [0.40739, 0.40739, 0.40739, 0.40739],
        ],
        [
          [4.99991, 4.99991, 4.99991, 3.25948],
          [3.25948, 3.25948, 3.25948, 2.40739],
        ],
      ],
      { atol: 1e-4 },
    );
  });

  it("is 3 convolutions, 3 batch norms, 2 ReLUs, the Add and a last ReLU, shapes kept", () => {
    const rows = modelSummary(blockModel(identityBlock, [6, 5, 8], 3, [2, 4, 8]));
    expect(rows.map((r) => r.className)).toEqual([
      "Conv2D",
      "BatchNormalization",
      "Activation",
      "Conv2D",
      "BatchNormalization",
      "Activation",
      "Conv2D",
      "BatchNormalization",
      "Add",
      "Activation",
    ]);
    expect(rows.map((r) => r.config.kernelSize).filter(Boolean)).toEqual([
      [1, 1],
      [3, 3],
      [1, 1],
    ]);
    expect(rows.at(-1)!.outputShape).toEqual([null, 6, 5, 8]);
  });

  test.prop([
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 3 }),
  ])("keeps its input's shape for any size, window and channels", (h, w, c, f) => {
    const rows = modelSummary(blockModel(identityBlock, [h, w, c], f, [2, 3, c]));
    expect(rows.at(-1)!.outputShape).toEqual([null, h, w, c]);
  });
});
