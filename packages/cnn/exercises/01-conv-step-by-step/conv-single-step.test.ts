import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { convSingleStep } from "./conv-single-step.ts";

describe("convSingleStep", () => {
  it("matches the notebook: a_slice_prev, W = randn(4, 4, 3), b = randn(1, 1, 1) with seed 1", () => {
    const [a, W, b] = randnSequence(1, [
      [4, 4, 3],
      [4, 4, 3],
      [1, 1, 1],
    ]) as tf.Tensor3D[];
    expectClose(
      "convSingleStep(a_slice_prev, W, b)",
      convSingleStep(a!, W!, b!),
      -6.999089450680221,
    );
  });

  test.prop([fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.nat(200)])(
    "with a one-hot filter picks the one input value it points at, plus b",
    (f, c, seed) => {
      const [a, b] = randnSequence(seed, [
        [f, f, c],
        [1, 1, 1],
      ]) as tf.Tensor3D[];
      const at = seed % (f * f * c);
      const oneHot = tf.buffer([f, f, c]);
      oneHot.values[at] = 1;
      const W = oneHot.toTensor() as tf.Tensor3D;
      const value = convSingleStep(a!, W, b!);
      expect(typeof value).toBe("number");
      expectClose("convSingleStep(a, one-hot W, b)", value, a!.dataSync()[at]! + b!.dataSync()[0]!);
    },
  );
});
