import { expectClose, modelSummary } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { blockModel } from "../../src/resnet.harness.ts";
import { convolutionalBlock } from "./convolutional-block.ts";

describe("convolutionalBlock", () => {
  it("with kernels of ones, training = false, gives what the layers compute by hand", () => {
    const X = tf.concat([
      tf.fill([1, 4, 4, 3], -1),
      tf.fill([1, 4, 4, 3], 1),
      tf.fill([1, 4, 4, 3], 3),
    ]) as tf.Tensor4D;
    const A = convolutionalBlock(X, 2, [2, 4, 6], 2, false, () =>
      tf.initializers.constant({ value: 1 }),
    ) as tf.Tensor;
    expect(A.shape).toEqual([3, 2, 2, 6]);
    // batch norm at inference multiplies by s = 1/√(1 + 0.001). On the image of ones: the strided
    // 1×1 conv gives 3 (3 channels), → 3s; the 2×2 'same' conv on the 2×2 map sums n positions
    // (4, 2, 2, 1: the padding adds zeros) of 2 channels: 6ns, → 6ns²; the 1×1 conv sums 4
    // channels: 24ns², → 24ns³; the shortcut gives 3s. The image of −1s gives 0, of 3s three times 1s.
    const s = 1 / Math.sqrt(1.001);
    const ones = [4, 2, 2, 1].map((n) => 24 * n * s ** 3 + 3 * s);
    const image = (k: number) =>
      [
        [ones[0]! * k, ones[1]! * k],
        [ones[2]! * k, ones[3]! * k],
      ].map((row) => row.map((v) => Array(6).fill(v)));
    expectClose("convolutionalBlock(X, 2, [2, 4, 6], 2, false, ones)", A, [
      image(0),
      image(1),
      image(3),
    ]);
  });

  it("halves the size with s = 2: two paths meet at ⌈n/2⌉ × ⌈n/2⌉ × F3", () => {
    const rows = modelSummary(blockModel(convolutionalBlock, [7, 6, 3], 3, [2, 4, 8], 2));
    expect(rows.filter((r) => r.className === "Conv2D")).toHaveLength(4);
    expect(rows.at(-1)!.outputShape).toEqual([null, 4, 3, 8]);
    const strided = rows.filter((r) => JSON.stringify(r.config.strides) === "[2,2]");
    expect(strided.map((r) => r.config.kernelSize)).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  test.prop([
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 4 }),
  ])("gives [⌈n_H/s⌉, ⌈n_W/s⌉, F3] for any size, stride and window", (h, w, s, f, F3) => {
    const rows = modelSummary(blockModel(convolutionalBlock, [h, w, 2], f, [2, 3, F3], s));
    expect(rows.at(-1)!.outputShape).toEqual([null, Math.ceil(h / s), Math.ceil(w / s), F3]);
  });
});
