import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, it } from "vitest";
import { createMaskFromWindow } from "./create-mask-from-window.ts";

describe("createMaskFromWindow", () => {
  it("matches the notebook: x = randn(2, 3) with seed 1", () => {
    const [x] = randnSequence(1, [[2, 3]]) as [tf.Tensor2D];
    expectClose(
      "createMaskFromWindow(x)",
      createMaskFromWindow(x),
      tf.tensor2d(
        [
          [1, 0, 0],
          [0, 0, 0],
        ],
        [2, 3],
        "bool",
      ),
      { dtype: "bool" },
    );
  });

  it("marks every entry that ties for the maximum, as numpy's x == max(x)", () => {
    const x = tf.tensor2d([
      [2, -1],
      [2, 0],
    ]);
    expectClose(
      "createMaskFromWindow([[2, -1], [2, 0]])",
      createMaskFromWindow(x),
      tf.tensor2d(
        [
          [1, 0],
          [1, 0],
        ],
        [2, 2],
        "bool",
      ),
      { dtype: "bool" },
    );
  });

  test.prop([fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.nat(200)])(
    "is true exactly where x equals its maximum",
    (h, w, seed) => {
      const [x] = randnSequence(seed, [[h, w]]) as [tf.Tensor2D];
      expectClose("createMaskFromWindow(x)", createMaskFromWindow(x), tf.equal(x, x.max()), {
        dtype: "bool",
      });
    },
  );
});
